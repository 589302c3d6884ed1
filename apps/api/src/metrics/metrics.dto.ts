import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DELIVERY_GROUP_BY, type DeliveryGroupBy } from '@aidledger/projections';
import { IsIsoDay } from '../validation/validators.js';

export class DeliveryMetricsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01' }) @IsOptional() @IsIsoDay() from?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsIsoDay() to?: string;
  @ApiPropertyOptional({ enum: DELIVERY_GROUP_BY, default: 'month' })
  @IsOptional()
  @IsIn([...DELIVERY_GROUP_BY])
  groupBy?: DeliveryGroupBy;
}

export class RepairMetricsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01' }) @IsOptional() @IsIsoDay() from?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsIsoDay() to?: string;
  @ApiPropertyOptional({ enum: ['month'], default: 'month' }) @IsOptional() @IsIn(['month']) groupBy?: 'month';
}
