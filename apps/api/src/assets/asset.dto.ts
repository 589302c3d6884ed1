import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  CORRECTABLE_DATE_FIELDS,
  type AssetEvent,
  type AssetStatus,
  type CorrectableDateField,
} from '@aidledger/domain';
import type { AssetIndexItem, AssetIndexPage } from '@aidledger/projections';
import type { AssetChainVerification, AssetHistory, AssetHistoryEvent, AssetState } from './asset.reads.js';
import type { ScanMatch, ScannedAsset } from './asset-scan.js';
import {
  CodeField,
  DayField,
  IdField,
  OptionalDayField,
  OptionalIdField,
  OptionalTextField,
  TextField,
} from '../validation/fields.js';
import { OpenPickupDto } from './pickup.dto.js';

export class RegisterAssetDto {
  @CodeField(40, '123456')
  articleNo!: string;
  @TextField(80, 'SN-2025-00042')
  serialNumber!: string;
  @CodeField(60, 'VAS-HUVUDLAGER')
  location!: string;
  @OptionalIdField('Chosen by the client to make a retried registration recognisable')
  assetId?: string;
  @OptionalDayField()
  receivedOn?: string;
  @OptionalTextField(60, '24A117', "The maker's lot (batch); null when unknown")
  lot?: string | null;
  @OptionalTextField(60, '07350012345678', 'The UDI device identifier (UDI-DI, MDR); null when unknown')
  udiDi?: string | null;
}

export class AllocateAssetDto {
  @IdField()
  assetId!: string;
}

export class DispatchAidDto {
  @IdField()
  orderId!: string;
  @CodeField(40, 'R-VASTERAS-1')
  routeId!: string;
  @OptionalDayField()
  dispatchedOn?: string;
}

export class DeliverAidDto {
  @IdField()
  orderId!: string;
  @DayField()
  deliveredOn!: string;
}

export class RecordDeliveryFailureDto {
  @IdField()
  orderId!: string;
  @TextField(500, 'Nobody at home')
  reason!: string;
  @DayField({ example: '2025-03-06', description: 'The day of the next attempt; the order keeps its planned day' })
  rescheduledTo!: string;
  @OptionalDayField()
  failedOn?: string;
}

export class ReturnAidDto {
  @DayField()
  returnedOn!: string;
  @TextField(500, 'No longer needed')
  reason!: string;
}

export class ReconditionAidDto {
  @DayField()
  reconditionedOn!: string;
  @CodeField(60, 'VAS-HUVUDLAGER')
  location!: string;
}

export class ReportRepairDto {
  @DayField()
  reportedOn!: string;
  @TextField(1000, 'Brake does not hold')
  description!: string;
  @OptionalIdField('Chosen by the client to make a retried report recognisable')
  repairId?: string;
}

export class CompleteRepairDto {
  @DayField({ example: '2025-03-06' })
  completedOn!: string;
}

export class InspectAidDto {
  @DayField()
  inspectedOn!: string;
  @ApiProperty()
  @IsBoolean()
  passed!: boolean;
}

export class ScrapAidDto {
  @DayField()
  scrappedOn!: string;
  @TextField(500, 'Frame cracked beyond repair')
  reason!: string;
}

export class ReleaseAllocationDto {
  @TextField(500, 'Order changed')
  reason!: string;
  @OptionalDayField()
  releasedOn?: string;
}

// Unit numbers (labels and scanning)
const UnitNumberProperty = () =>
  ApiPropertyOptional({
    type: String,
    example: '4KX7P2C',
    description: "The unit number on the aid's label; absent for an aid received before unit numbers, until assigned",
  });

export class ScanAssetDto {
  @TextField(120, '4KX7P2C')
  code!: string;
}

const SCAN_MATCHES = Object.keys({
  assetId: true,
  unitNumber: true,
  serialNumber: true,
} satisfies Record<ScanMatch, true>) as ScanMatch[];
// End of unit numbers
// Corrections.

const CORRECTABLE_FIELDS = Object.values(CORRECTABLE_DATE_FIELDS);

export class CorrectBusinessDateDto {
  @ApiProperty({
    type: Number,
    minimum: 0,
    example: 3,
    description: "The stream revision of the event whose date is wrong (see the aid's history)",
  })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  revision!: number;
  @ApiProperty({
    enum: CORRECTABLE_FIELDS,
    enumName: 'CorrectableDateField',
    description:
      'The business date of that event: deliveredOn (AidDelivered), returnedOn (AidReturned), reportedOn (AidRepairReported), completedOn (AidRepaired) or inspectedOn (AidInspected)',
  })
  @IsIn(CORRECTABLE_FIELDS)
  field!: CorrectableDateField;
  @DayField({ example: '2025-03-05', description: 'The right day; not after today' })
  value!: string;
  @TextField(500, 'Registered a day late with the wrong date')
  reason!: string;
}

export class ReverseDeliveryDto {
  @IdField('The order the aid was wrongly registered as delivered for')
  orderId!: string;
  @TextField(500, 'Delivered a different aid; registered on this one by mistake')
  reason!: string;
}

/** Each list is written as a record so the compiler names a status or an event type that is left out. */
const ASSET_STATUSES = Object.keys({
  ready: true,
  allocated: true,
  inTransit: true,
  onLoan: true,
  awaitingReconditioning: true,
  scrapped: true,
} satisfies Record<AssetStatus, true>) as AssetStatus[];

const ASSET_EVENT_TYPES = Object.keys({
  AssetRegistered: true,
  AssetAllocated: true,
  AssetAllocationReleased: true,
  AidDispatched: true,
  AidDelivered: true,
  AidDeliveryFailed: true,
  AidReturned: true,
  AidReconditioned: true,
  AidRepairReported: true,
  AidRepaired: true,
  AidInspected: true,
  AidScrapped: true,
  UnitNumberAssigned: true,
  BusinessDateCorrected: true,
  AidDeliveryReversed: true,
  PickupRequested: true,
  PickupRescheduled: true,
  PickupCancelled: true,
} satisfies Record<AssetEvent['type'], true>) as AssetEvent['type'][];

export class AssetIndexQueryDto {
  @ApiPropertyOptional({ enum: ASSET_STATUSES }) @IsOptional() @IsIn(ASSET_STATUSES) status?: AssetStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
  @ApiPropertyOptional({ description: "The maker's lot, exactly" })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  lot?: string;
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

export class AssetIndexItemDto implements AssetIndexItem {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String }) serialNumber!: string;
  @UnitNumberProperty() unitNumber?: string;
  @ApiProperty({ enum: ASSET_STATUSES, enumName: 'AssetStatus' }) status!: AssetStatus;
  @ApiPropertyOptional({ type: String, description: 'The person the aid is for or with' }) personId?: string;
  @ApiProperty({ type: String, description: 'The warehouse location it is at, or left from' }) location!: string;
  @ApiProperty({ type: String, description: 'ISO timestamp of its last event' }) lastEventAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "The maker's lot; null when unknown" }) lot!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The UDI-DI; null when unknown' }) udiDi!: string | null;
}

export class AssetIndexPageDto implements AssetIndexPage {
  @ApiProperty({ type: [AssetIndexItemDto] }) items!: AssetIndexItemDto[];
  @ApiPropertyOptional({ type: String, description: 'Pass as `cursor` for the next page; absent on the last page' })
  nextCursor?: string;
}

export class OpenRepairDto {
  @ApiProperty({ type: String }) repairId!: string;
  @ApiProperty({ type: String, example: '2025-03-04' }) reportedOn!: string;
  @ApiProperty({ type: String }) description!: string;
}

export class AssetStateDto implements AssetState {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String }) serialNumber!: string;
  @UnitNumberProperty() unitNumber?: string;
  @ApiProperty({ enum: ASSET_STATUSES, enumName: 'AssetStatus' }) status!: AssetStatus;
  @ApiPropertyOptional({ type: String, description: 'The person the aid is for or with' }) personId?: string;
  @ApiPropertyOptional({ type: String, description: 'The order it is allocated to or was delivered on' })
  orderId?: string;
  @ApiPropertyOptional({ type: String, description: 'The warehouse location it is at, or left from' })
  location?: string;
  @ApiProperty({ type: [OpenRepairDto], description: 'Repairs reported and not yet completed' })
  openRepairs!: OpenRepairDto[];
  @ApiPropertyOptional({ type: OpenPickupDto, description: 'The open pickup request of an aid on loan (hämtorder)' })
  pickup?: OpenPickupDto;
  @ApiProperty({ type: Number, description: "The stream's revision (also the ETag): send it as If-Match" })
  revision!: number;
}

export class EventMetadataDto {
  @ApiProperty({ type: String, description: 'The token subject that caused the event' }) actor!: string;
  @ApiProperty({ type: String, description: 'ISO timestamp' }) occurredAt!: string;
  @ApiProperty({ type: String }) correlationId!: string;
  @ApiProperty({ type: String }) causationId!: string;
}

export class AssetHistoryEventDto implements AssetHistoryEvent {
  @ApiProperty({ type: Number }) revision!: number;
  @ApiProperty({ type: Number, description: 'Position in the global log' }) position!: number;
  @ApiProperty({ enum: ASSET_EVENT_TYPES, enumName: 'AssetEventType' }) type!: AssetEvent['type'];
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's facts as stored" })
  data!: AssetHistoryEvent['data'];
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
  @ApiProperty({ type: String, description: 'When the store committed it, ISO timestamp' }) recordedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-03-04',
    description: 'The day people say it happened, as recorded then; null for a correction, which has none of its own',
  })
  businessDate!: string | null;
  @ApiProperty({ enum: ASSET_STATUSES, enumName: 'AssetStatus', description: "The aid's status once it happened" })
  statusAfter!: AssetStatus;
}

export class AssetHistoryDto implements AssetHistory {
  @ApiProperty({ type: String }) assetId!: string;
  @UnitNumberProperty() unitNumber?: string;
  @ApiProperty({ type: [AssetHistoryEventDto], description: 'Oldest first' }) events!: AssetHistoryEventDto[];
}

export class AssetChainVerificationDto implements AssetChainVerification {
  @ApiProperty({ type: Boolean }) valid!: boolean;
  @ApiPropertyOptional({ type: Number, description: 'The first revision whose hash does not hold; only when invalid' })
  brokenAtRevision?: number;
  @ApiProperty({ type: Number, description: 'How many events the stream has' }) events!: number;
}

// Unit numbers (labels and scanning)
export class ScannedAssetDto extends AssetStateDto implements ScannedAsset {
  @ApiProperty({
    enum: SCAN_MATCHES,
    enumName: 'ScanMatch',
    description: 'What the code was: asset id, unit number or serial number',
  })
  matchedBy!: ScanMatch;
}
// End of unit numbers
