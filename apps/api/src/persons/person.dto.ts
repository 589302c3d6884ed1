import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsIsoDay, IsPersonnummer } from '../validation/validators.js';

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
  @ApiProperty({ example: 'Västerås' })
  @IsString()
  @Length(1, 80)
  municipality!: string;
}

export class LookupPersonDto {
  @ApiProperty({ example: '19121212-1212' })
  @IsString()
  @IsPersonnummer()
  personnummer!: string;
}

export class MovePersonDto {
  @ApiProperty({ example: 'Sala' })
  @IsString()
  @Length(1, 80)
  municipality!: string;
  @ApiProperty({ example: '2025-03-01' })
  @IsIsoDay()
  movedOn!: string;
}
