import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Housing, PersonDetails } from '@aidledger/domain';
import type { PersonAids } from '@aidledger/projections';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsPersonnummer } from '../validation/validators.js';
import { DayField, TextField } from '../validation/fields.js';

const HOUSINGS: Housing[] = ['ordinary', 'specialHousing', 'lss'];

export class AddressDto {
  @TextField(120, 'Storgatan 12')
  street!: string;
  @ApiProperty({ type: String, example: '722 15', description: 'Five digits, with or without the space' })
  @IsString()
  @Length(5, 6)
  postalCode!: string;
  @TextField(80, 'Västerås')
  city!: string;
}

/** How to reach a person: all of it personal data, stored encrypted with the person's own key. */
export class ContactDto {
  @TextField(120, 'Karin Berg')
  name!: string;
  @ApiProperty({ type: AddressDto })
  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;
  @ApiPropertyOptional({ type: String, example: '021-12 34 56', nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 30)
  phone?: string | null;
  @ApiPropertyOptional({ type: String, example: 'Ring 30 min innan', nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  deliveryNotes?: string | null;
  @ApiProperty({
    type: Boolean,
    description: 'Skyddad identitet: the address is shown only to the transport staff of the delivery, never on lists',
  })
  @IsBoolean()
  protectedIdentity!: boolean;
}

export class RegisterPersonDto {
  @ApiProperty({
    example: '19121212-1212',
    description: 'Personnummer or samordningsnummer, 10 or 12 digits, with or without - or +',
  })
  @IsString()
  @IsPersonnummer()
  personnummer!: string;
  @ApiPropertyOptional({
    enum: ['female', 'male', 'other'],
    nullable: true,
    description: 'Left out (or null) when not recorded: the statistics count it as unknown',
  })
  @IsOptional()
  @IsIn(['female', 'male', 'other'])
  sex?: 'female' | 'male' | 'other' | null;
  @TextField(80, 'Västerås')
  municipality!: string;
  @ApiPropertyOptional({ type: ContactDto, description: 'Contact details, when known at registration' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class ChangeHousingDto {
  @ApiProperty({ enum: HOUSINGS, description: 'ordinary, specialHousing (särskilt boende) or lss' })
  @IsIn(HOUSINGS)
  housing!: Housing;
  @DayField({ description: 'The day it changed; may lie in the past' })
  changedOn!: string;
}

export class ErasePersonDto {
  @TextField(500, 'Begäran om radering enligt GDPR art. 17')
  reason!: string;
}

export class LookupPersonDto {
  @ApiProperty({ example: '19121212-1212' })
  @IsString()
  @IsPersonnummer()
  personnummer!: string;
}

export class MovePersonDto {
  @TextField(80, 'Sala')
  municipality!: string;
  @DayField({ example: '2025-03-01' })
  movedOn!: string;
}

export class PersonIdDto {
  @ApiProperty({ type: String }) id!: string;
}

export class CurrentAidDto {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: '2025-03-04', description: 'The day it was delivered' }) since!: string;
  @ApiProperty({ type: String }) orderId!: string;
}

export class PastAidDto {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: '2025-03-04' }) from!: string;
  @ApiProperty({ type: String, example: '2025-09-30' }) to!: string;
}

export class PersonAidsDto implements PersonAids {
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ type: [CurrentAidDto], description: 'The aids the person holds now' }) current!: CurrentAidDto[];
  @ApiProperty({ type: [PastAidDto], description: 'Every aid the person held and gave back' }) past!: PastAidDto[];
}

export class PersonDetailsDto {
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ enum: ['registered', 'erased'] }) status!: PersonDetails['status'];
  @ApiProperty({ enum: ['female', 'male', 'other'], nullable: true, description: 'null when not recorded' })
  sex!: PersonDetails['sex'];
  @ApiProperty({ type: Number }) birthYear!: number;
  @ApiProperty({ type: String }) municipality!: string;
  @ApiPropertyOptional({ enum: HOUSINGS, nullable: true }) housing?: Housing | null;
  @ApiPropertyOptional({
    type: ContactDto,
    nullable: true,
    description: 'null when none is on record, or not shown to the role',
  })
  contact?: ContactDto | null;
  @ApiPropertyOptional({ type: String, description: 'When the personal data was erased' }) erasedOn?: string;
}
