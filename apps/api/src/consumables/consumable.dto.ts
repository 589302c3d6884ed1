import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';
import { IsCode, IsIsoDay } from '../validation/validators.js';

export class ReceiveConsumablesDto {
  @ApiProperty({ example: 'VAS-HUVUDLAGER' })
  @IsCode(60)
  location!: string;
  @ApiProperty({ example: 240 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  receivedOn!: string;
}

export class DeliverConsumablesDto {
  @ApiProperty({ example: 'VAS-HUVUDLAGER' })
  @IsCode(60)
  location!: string;
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;
  @ApiProperty()
  @IsUUID()
  orderId!: string;
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  deliveredOn!: string;
}

export class AdjustConsumablesDto {
  @ApiProperty({ example: 'VAS-HUVUDLAGER' })
  @IsCode(60)
  location!: string;
  @ApiProperty({ example: -4, description: 'Positive or negative, never zero' })
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  quantityChange!: number;
  @ApiProperty({ example: 'Stocktaking' })
  @IsString()
  @Length(1, 500)
  reason!: string;
  @ApiProperty({ example: '2025-03-04' })
  @IsIsoDay()
  adjustedOn!: string;
}
