import { ApiProperty } from '@nestjs/swagger';
import type { PersonAids } from '@aidledger/projections';
import { IsIn, IsString } from 'class-validator';
import { IsPersonnummer } from '../validation/validators.js';
import { DayField, TextField } from '../validation/fields.js';

export class RegisterPersonDto {
  @ApiProperty({
    example: '19121212-1212',
    description: 'Personnummer or samordningsnummer, 10 or 12 digits, with or without - or +',
  })
  @IsString()
  @IsPersonnummer()
  personnummer!: string;
  @ApiProperty({ enum: ['female', 'male', 'other'] })
  @IsIn(['female', 'male', 'other'])
  sex!: 'female' | 'male' | 'other';
  @TextField(80, 'Västerås')
  municipality!: string;
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
