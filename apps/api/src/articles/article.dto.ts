import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ArticleItem } from '@aidledger/projections';
import { IsSek } from '../validation/validators.js';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CodeField, TextField } from '../validation/fields.js';

export class RegisterArticleDto {
  @CodeField(40, '123456')
  articleNo!: string;
  @TextField(200, 'Manuell rullstol, standard')
  name!: string;
  @ApiProperty({ example: '12 22 03', description: 'ISO 9999 code' })
  @IsString()
  @Matches(/^\d{2}( \d{2}){0,2}$/, { message: 'isoCode must be an ISO 9999 code like "12 22 03"' })
  isoCode!: string;
  @ApiProperty({ enum: ['individual', 'consumable'] })
  @IsIn(['individual', 'consumable'])
  kind!: 'individual' | 'consumable';
  @ApiProperty()
  @IsBoolean()
  rentable!: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsSek(1_000_000)
  monthlyRentSek?: number;
  @ApiProperty()
  @IsSek(100_000_000)
  purchasePriceSek!: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  bulky?: boolean;
  @ApiPropertyOptional({ description: 'Mobile and ceiling lifts: 12' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  inspectionIntervalMonths?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  expectedLifetimeYears?: number;
  @ApiPropertyOptional({
    enum: ['municipality', 'region'],
    description: "Who pays the rent: the holder's municipality (default) or the region",
  })
  @IsOptional()
  @IsIn(['municipality', 'region'])
  costResponsibility?: 'municipality' | 'region';
}

export class ArticleDto implements ArticleItem {
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: String, example: '12 22 03', description: 'ISO 9999 code' }) isoCode!: string;
  @ApiProperty({ enum: ['individual', 'consumable'] }) kind!: 'individual' | 'consumable';
  @ApiProperty({ type: Boolean }) rentable!: boolean;
}

export class ArticleListDto {
  @ApiProperty({ type: [ArticleDto] }) items!: ArticleDto[];
}
