import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PayerItem } from '@aidledger/projections';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CodeField, TextField } from '../validation/fields.js';

export class RegisterPayerDto {
  @CodeField(40, 'KUND-VASTERAS')
  payerId!: string;
  @TextField(200, 'Västerås stad')
  name!: string;
  @ApiProperty({ enum: ['municipality', 'region'] })
  @IsIn(['municipality', 'region'])
  kind!: 'municipality' | 'region';
  @ApiPropertyOptional({
    type: String,
    example: 'Västerås',
    maxLength: 100,
    description: 'The municipality a municipal payer pays for; required when kind is municipality',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  municipality?: string;
}

export class PayerDto implements PayerItem {
  @ApiProperty({ type: String, example: 'KUND-VASTERAS' }) payerId!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ enum: ['municipality', 'region'] }) kind!: 'municipality' | 'region';
  @ApiProperty({ type: String, nullable: true, example: 'Västerås' }) municipality!: string | null;
}

export class PayerListDto {
  @ApiProperty({ type: [PayerDto] }) items!: PayerDto[];
}
