import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { StockLevel } from '@aidledger/projections';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class StockQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) location?: string;
}

/** Counts of individual aids by status, and the quantity on hand of a consumable. */
export class StockLevelDto implements StockLevel {
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: 'VAS-HUVUDLAGER' }) location!: string;
  @ApiProperty({ type: Number }) ready!: number;
  @ApiProperty({ type: Number }) allocated!: number;
  @ApiProperty({ type: Number }) inTransit!: number;
  @ApiProperty({ type: Number }) onLoan!: number;
  @ApiProperty({ type: Number }) awaitingReconditioning!: number;
  @ApiProperty({ type: Number }) scrapped!: number;
  @ApiProperty({ type: Number, description: 'Consumables; 0 for individual aids' }) quantityOnHand!: number;
}

export class StockLevelsDto {
  @ApiProperty({ type: [StockLevelDto] }) items!: StockLevelDto[];
}
