import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, NotEquals } from 'class-validator';
import { CodeField, DayField, IdField, TextField } from '../validation/fields.js';

export class ReceiveConsumablesDto {
  @CodeField(60, 'VAS-HUVUDLAGER')
  location!: string;
  @ApiProperty({ example: 240 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
  @DayField()
  receivedOn!: string;
}

export class DeliverConsumablesDto {
  @CodeField(60, 'VAS-HUVUDLAGER')
  location!: string;
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity!: number;
  @IdField()
  orderId!: string;
  @DayField()
  deliveredOn!: string;
}

export class AdjustConsumablesDto {
  @CodeField(60, 'VAS-HUVUDLAGER')
  location!: string;
  @ApiProperty({ example: -4, description: 'Positive or negative, never zero' })
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  quantityChange!: number;
  @TextField(500, 'Stocktaking')
  reason!: string;
  @DayField()
  adjustedOn!: string;
}
