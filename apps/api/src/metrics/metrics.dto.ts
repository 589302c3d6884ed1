import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  DELIVERY_GROUP_BY,
  type DeliveryGroupBy,
  type DeliveryMetrics,
  type DeliveryMetricsGroup,
  type RepairMetrics,
  type RepairMetricsGroup,
} from '@aidledger/projections';
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

export class DeliveryMetricsGroupDto implements DeliveryMetricsGroup {
  @ApiProperty({ type: String, example: '2025-03', description: 'The day, month, municipality or route' })
  key!: string;
  @ApiProperty({ type: Number }) deliveries!: number;
  @ApiProperty({ type: Number }) onPlannedDay!: number;
  @ApiProperty({ type: Number }) early!: number;
  @ApiProperty({ type: Number }) late!: number;
  @ApiProperty({ type: Number, example: 0.948, description: 'onPlannedDay / deliveries, three decimals' })
  share!: number;
}

export class DeliveryMetricsDto implements DeliveryMetrics {
  @ApiProperty({ type: Number, example: 0.95 }) target!: number;
  @ApiProperty({ type: [DeliveryMetricsGroupDto] }) groups!: DeliveryMetricsGroupDto[];
}

export class RepairMetricsGroupDto implements RepairMetricsGroup {
  @ApiProperty({ type: String, example: '2025-03', description: 'The month of completion' }) key!: string;
  @ApiProperty({ type: Number }) completed!: number;
  @ApiProperty({ type: Number }) withinFiveWorkingDays!: number;
  @ApiProperty({ type: Number, example: 0.913, description: 'withinFiveWorkingDays / completed, three decimals' })
  share!: number;
}

export class RepairMetricsDto implements RepairMetrics {
  @ApiProperty({ type: Number, example: 0.88 }) target!: number;
  @ApiProperty({ type: [RepairMetricsGroupDto] }) groups!: RepairMetricsGroupDto[];
}
