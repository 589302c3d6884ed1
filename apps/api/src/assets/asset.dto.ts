import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { AssetStatus } from '@aidledger/domain';
import { IsCode, IsIsoDay } from '../validation/validators.js';

export class RegisterAssetDto {
  @ApiProperty({ example: '123456' })
  @IsCode(40)
  articleNo!: string;
  @ApiProperty({ example: 'SN-2025-00042' })
  @IsString()
  @Length(1, 80)
  serialNumber!: string;
  @ApiProperty({ example: 'VAS-HUVUDLAGER' })
  @IsCode(60)
  location!: string;
  @ApiPropertyOptional({ description: 'Chosen by the client to make a retried registration recognisable' })
  @IsOptional()
  @IsUUID()
  assetId?: string;
  @ApiPropertyOptional({ example: '2025-03-04' })
  @IsOptional()
  @IsIsoDay()
  receivedOn?: string;
}

export class AllocateAssetDto {
  @ApiProperty()
  @IsUUID()
  assetId!: string;
}

export class DispatchAidDto {
  @ApiProperty()
  @IsUUID()
  orderId!: string;
  @ApiProperty({ example: 'R-VASTERAS-1' })
  @IsCode(40)
  routeId!: string;
  @ApiPropertyOptional({ example: '2025-03-04' })
  @IsOptional()
  @IsIsoDay()
  dispatchedOn?: string;
}

export class DeliverAidDto {
  @ApiProperty()
  @IsUUID()
  orderId!: string;
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  deliveredOn!: string;
}

export class RecordDeliveryFailureDto {
  @ApiProperty()
  @IsUUID()
  orderId!: string;
  @ApiProperty({ example: 'Nobody at home' })
  @IsString()
  @Length(1, 500)
  reason!: string;
  @ApiProperty({ example: '2025-03-06', description: 'The day of the next attempt; the order keeps its planned day' })
  @IsIsoDay()
  rescheduledTo!: string;
  @ApiPropertyOptional({ example: '2025-03-04' })
  @IsOptional()
  @IsIsoDay()
  failedOn?: string;
}

export class ReturnAidDto {
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  returnedOn!: string;
  @ApiProperty({ example: 'No longer needed' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class ReconditionAidDto {
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  reconditionedOn!: string;
  @ApiProperty({ example: 'VAS-HUVUDLAGER' })
  @IsCode(60)
  location!: string;
}

export class ReportRepairDto {
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  reportedOn!: string;
  @ApiProperty({ example: 'Brake does not hold' })
  @IsString()
  @Length(1, 1000)
  description!: string;
  @ApiPropertyOptional({ description: 'Chosen by the client to make a retried report recognisable' })
  @IsOptional()
  @IsUUID()
  repairId?: string;
}

export class CompleteRepairDto {
  @ApiProperty({ example: '2025-03-06' })
  @IsIsoDay()
  completedOn!: string;
}

export class InspectAidDto {
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  inspectedOn!: string;
  @ApiProperty()
  @IsBoolean()
  passed!: boolean;
}

export class ScrapAidDto {
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  scrappedOn!: string;
  @ApiProperty({ example: 'Frame cracked beyond repair' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class ReleaseAllocationDto {
  @ApiProperty({ example: 'Order changed' })
  @IsString()
  @Length(1, 500)
  reason!: string;
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today' })
  @IsOptional()
  @IsIsoDay()
  releasedOn?: string;
}

const ASSET_STATUSES: AssetStatus[] = [
  'ready',
  'allocated',
  'inTransit',
  'onLoan',
  'awaitingReconditioning',
  'scrapped',
];

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
