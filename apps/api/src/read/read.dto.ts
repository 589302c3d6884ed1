import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { DELIVERY_GROUP_BY, type AssetStatus, type DeliveryGroupBy } from '@aidledger/projections';
import { IsIsoDay } from '../validation/validators.js';

const ASSET_STATUSES: AssetStatus[] = [
  'ready',
  'allocated',
  'inTransit',
  'onLoan',
  'awaitingReconditioning',
  'scrapped',
];

export class StockQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) location?: string;
}

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

export class AssetIndexQueryDto {
  @ApiPropertyOptional({ enum: ASSET_STATUSES }) @IsOptional() @IsIn(ASSET_STATUSES) status?: AssetStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
  @ApiPropertyOptional({ description: 'prefix of the asset id or serial number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class AssetAsOfQueryDto {
  @ApiPropertyOptional({
    description: 'ISO timestamp: the state as the system knew it then',
    example: '2025-03-01T12:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf?: string;
}
