import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AidHolderItem, InspectionDueItem, PastLifetimeItem } from '@aidledger/projections';
import { IsCode, IsIsoDay } from '../validation/validators.js';

export class InspectionsDueQueryDto {
  @ApiPropertyOptional({
    example: '2025-04-01',
    description: 'Due before this day (exclusive); defaults to today + 30',
  })
  @IsOptional()
  @IsIsoDay()
  before?: string;
  @ApiPropertyOptional({ example: 'Sala', description: 'Only aids on loan to residents of this municipality' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  municipality?: string;
}

export class InspectionDueItemDto implements InspectionDueItem {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, nullable: true, example: '4KX7P2C' }) unitNumber!: string | null;
  @ApiProperty({ type: String, example: '100501' }) articleNo!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where an aid in stock stands; null on loan or on its way',
  })
  location!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Sala',
    description: 'The municipality of the person holding an aid on loan; null when it is not on loan',
  })
  holderMunicipality!: string | null;
  @ApiProperty({ type: String, example: '2025-03-20', description: 'The day its next inspection is due' })
  dueOn!: string;
  @ApiProperty({ type: Boolean, description: 'Due before today' }) overdue!: boolean;
  @ApiProperty({ type: Boolean, description: 'Its latest inspection failed and no repair was completed since' })
  outOfService!: boolean;
}

export class InspectionsDueDto {
  @ApiProperty({ type: String, example: '2025-04-01' }) before!: string;
  @ApiProperty({ type: [InspectionDueItemDto], description: 'Soonest due first' }) items!: InspectionDueItemDto[];
}

export class PastLifetimeItemDto implements PastLifetimeItem {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, nullable: true, example: '4KX7P2C' }) unitNumber!: string | null;
  @ApiProperty({ type: String, example: '100201' }) articleNo!: string;
  @ApiProperty({ type: String, example: '2017-03-01' }) receivedOn!: string;
  @ApiProperty({ type: String, example: '2025-03-01', description: "Receipt + the article's expected lifetime" })
  lifetimeEndedOn!: string;
  @ApiProperty({ type: String, example: 'onLoan' }) status!: PastLifetimeItem['status'];
  @ApiProperty({ type: String, nullable: true, description: 'Where an aid in stock stands; null otherwise' })
  location!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The holder's municipality of an aid on loan" })
  holderMunicipality!: string | null;
}

export class PastLifetimeDto {
  @ApiProperty({ type: [PastLifetimeItemDto], description: 'Oldest first' }) items!: PastLifetimeItemDto[];
}

/** A day, or an instant written out with its offset: the extended ISO forms only. */
const AS_OF = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export class AidHoldersQueryDto {
  @ApiProperty({ type: String, example: '100501' })
  @IsCode(40)
  articleNo!: string;
  @ApiPropertyOptional({ type: String, example: '24A117', description: "The maker's lot" })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  lot?: string;
  @ApiPropertyOptional({ type: String, example: 'SN-2025-00001', description: 'First serial number (inclusive)' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  serialFrom?: string;
  @ApiPropertyOptional({ type: String, example: 'SN-2025-00999', description: 'Last serial number (inclusive)' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  serialTo?: string;
  @ApiPropertyOptional({
    type: String,
    example: '2025-03-01',
    description: 'A day or an ISO instant (read as its day in Stockholm); without it, every holder ever',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(AS_OF, { message: 'asOf must be a day (YYYY-MM-DD) or an instant with its offset (YYYY-MM-DDTHH:MM:SSZ)' })
  asOf?: string;
}

export class AidHolderItemDto implements AidHolderItem {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, nullable: true, example: '4KX7P2C' }) unitNumber!: string | null;
  @ApiProperty({ type: String, example: '100501' }) articleNo!: string;
  @ApiProperty({ type: String }) serialNumber!: string;
  @ApiProperty({ type: String, nullable: true, description: "The maker's lot; null when unknown" }) lot!: string | null;
  @ApiProperty({ type: String, description: 'The person who held it (pseudonymous id)' }) personId!: string;
  @ApiProperty({ type: String, example: '2025-01-10', description: 'Delivered on' }) since!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-06-01',
    description: 'Returned on; null: holds it still',
  })
  until!: string | null;
}

export class AidHoldersDto {
  @ApiProperty({ type: String, nullable: true, example: '2025-03-01', description: 'The day asked about; null: ever' })
  onDay!: string | null;
  @ApiProperty({ type: [AidHolderItemDto], description: 'By aid, then since' }) items!: AidHolderItemDto[];
}
