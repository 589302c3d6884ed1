import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AssetStatus, OpenRecallUnit, RecallSummary, RecallUnit } from '@aidledger/projections';
import type { RecallAction } from '@aidledger/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CodeField, DayField, OptionalIdField, OptionalTextField, TextField } from '../validation/fields.js';

const ACTIONS: RecallAction[] = ['inspect', 'pickUp', 'replace'];
const STATUSES: AssetStatus[] = ['ready', 'allocated', 'inTransit', 'onLoan', 'awaitingReconditioning', 'scrapped'];

export class IssueRecallDto {
  @OptionalIdField('Chosen by the client to make a retried recall recognisable')
  recallId?: string;
  @TextField(200, 'Lyftbygel kan spricka vid last över 150 kg')
  title!: string;
  @CodeField(40, '200301')
  articleNo!: string;
  @ApiPropertyOptional({
    type: [String],
    example: ['24A117'],
    maxItems: 100,
    description: "The maker's lots it covers; absent or empty = every lot",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  lots?: string[];
  @OptionalTextField(
    80,
    'SN-L-0100',
    'First serial number covered; all digits compare as numbers, other serials as text of the same length',
  )
  serialFrom?: string | null;
  @OptionalTextField(80, 'SN-L-0199', 'Last serial number covered (inclusive)')
  serialTo?: string | null;
  @ApiProperty({ enum: ACTIONS, description: 'What is done with each affected aid' })
  @IsIn(ACTIONS)
  action!: RecallAction;
  @DayField({ example: '2026-11-20', description: 'The day the centre received the field safety notice' })
  issuedOn!: string;
}

export class RecallUnitDoneDto {
  @DayField({ example: '2026-11-24' })
  doneOn!: string;
  @TextField(500, 'Bygeln inspekterad, utan anmärkning')
  outcome!: string;
}

export class RecallHolderDto {
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String, format: 'date' }) since!: string;
}

export class RecallPastHolderDto {
  @ApiProperty({ type: String, format: 'uuid' }) personId!: string;
  @ApiProperty({ type: String, format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date' }) to!: string;
}

/** An affected aid; the holders only for the auditor (and admin), a logged read. */
export class AffectedAidDto {
  @ApiProperty({ type: String, format: 'uuid' }) assetId!: string;
  @ApiProperty({ type: String, nullable: true, example: '4KX7P2C' }) unitNumber!: string | null;
  @ApiProperty({ type: String }) serialNumber!: string;
  @ApiProperty({ type: String, nullable: true }) lot!: string | null;
  @ApiProperty({ enum: STATUSES }) status!: AssetStatus;
  @ApiPropertyOptional({ type: RecallHolderDto, nullable: true, description: 'Auditor and admin only' })
  currentHolder?: RecallHolderDto | null;
  @ApiPropertyOptional({ type: [RecallPastHolderDto], description: 'Auditor and admin only' })
  pastHolders?: RecallPastHolderDto[];
}

export class RecallIssuedDto {
  @ApiProperty({ type: String, format: 'uuid' }) recallId!: string;
  @ApiProperty({ type: Number, description: 'The stream revision of the recall' }) streamRevision!: number;
  @ApiProperty({ type: [AffectedAidDto], description: 'The scope recorded when the recall was issued' })
  affected!: AffectedAidDto[];
}

export class RecallSummaryDto implements RecallSummary {
  @ApiProperty({ type: String, format: 'uuid' }) recallId!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String }) articleNo!: string;
  @ApiProperty({ type: [String], nullable: true, description: 'null = every lot' }) lots!: string[] | null;
  @ApiProperty({ type: String, nullable: true }) serialFrom!: string | null;
  @ApiProperty({ type: String, nullable: true }) serialTo!: string | null;
  @ApiProperty({ enum: ACTIONS }) action!: RecallAction;
  @ApiProperty({ type: String, format: 'date' }) issuedOn!: string;
  @ApiProperty({ type: Number, description: 'Aids in the recorded scope' }) affected!: number;
  @ApiProperty({ type: Number }) done!: number;
  @ApiProperty({ type: Number, description: 'affected − done' }) remaining!: number;
}

export class RecallListDto {
  @ApiProperty({ type: [RecallSummaryDto] }) items!: RecallSummaryDto[];
}

export class RecallUnitDto extends AffectedAidDto implements RecallUnit {
  @ApiProperty({ type: String, description: 'The location it is at, or left from when on loan' }) location!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
}

export class RecallDto extends RecallSummaryDto {
  @ApiProperty({ type: [RecallUnitDto] }) units!: RecallUnitDto[];
}

export class OpenRecallUnitsQueryDto {
  @ApiProperty({
    enum: ['inStock', 'onLoan'],
    description: 'inStock: at the warehouse (ready, allocated, awaiting reconditioning); onLoan: with a person',
  })
  @IsIn(['inStock', 'onLoan'])
  where!: 'inStock' | 'onLoan';
}

export class OpenRecallUnitDto implements OpenRecallUnit {
  @ApiProperty({ type: String, format: 'uuid' }) recallId!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ enum: ACTIONS }) action!: RecallAction;
  @ApiProperty({ type: String, format: 'date' }) issuedOn!: string;
  @ApiProperty({ type: String, format: 'uuid' }) assetId!: string;
  @ApiProperty({ type: String }) articleNo!: string;
  @ApiProperty({ type: String, nullable: true }) unitNumber!: string | null;
  @ApiProperty({ type: String }) serialNumber!: string;
  @ApiProperty({ enum: STATUSES }) status!: AssetStatus;
  @ApiProperty({ type: String }) location!: string;
}

export class OpenRecallUnitListDto {
  @ApiProperty({ type: [OpenRecallUnitDto] }) items!: OpenRecallUnitDto[];
}
