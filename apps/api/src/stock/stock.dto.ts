import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class StockQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) location?: string;
}
