import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { OrderItem } from '@aidledger/projections';
import { DayField, IdField, OptionalDayField, OptionalIdField, TextField } from '../validation/fields.js';

export class PlaceOrderDto {
  @OptionalIdField('Chosen by the client to make a retried order recognisable')
  orderId?: string;
  @IdField()
  personId!: string;
  @TextField(40, '123456')
  articleNo!: string;
  @TextField(60, 'FS-1042')
  prescriberId!: string;
  @ApiProperty({
    minimum: 1,
    maximum: 3,
    description: '1 = life-sustaining, 2 = daily activities at home, 3 = an independent and active life',
  })
  @IsInt()
  @Min(1)
  @Max(3)
  priority!: number;
  @DayField({ example: '2025-03-10' })
  plannedDeliveryDate!: string;
  @TextField(80, 'Västerås')
  municipality!: string;
  @TextField(60, 'KUND-VASTERAS')
  payerId!: string;
  @OptionalDayField({ description: 'Defaults to today; set when registering afterwards' })
  placedOn?: string;
}

export class AllocateOrderDto {
  @IdField()
  assetId!: string;
  @OptionalDayField({ description: 'Defaults to today; set when registering afterwards' })
  allocatedOn?: string;
}

export class RescheduleOrderDto {
  @DayField({ example: '2025-03-12' })
  plannedDeliveryDate!: string;
  @TextField(500, 'New day agreed with the recipient')
  reason!: string;
}

export class CancelOrderDto {
  @TextField(500, 'Prescription withdrawn')
  reason!: string;
  @OptionalDayField()
  cancelledOn?: string;
}

const ORDER_STATUSES = ['open', 'placed', 'cancelled', 'fulfilled'] as const;

export class OrdersQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES, description: 'open = placed and waiting for an aid' })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: (typeof ORDER_STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
}

export class OrderItemDto implements OrderItem {
  @ApiProperty({ type: String }) orderId!: string;
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: '2025-03-10' }) plannedDeliveryDate!: string;
  @ApiProperty({ type: String, example: 'Västerås' }) municipality!: string;
  @ApiProperty({ type: Number, minimum: 1, maximum: 3 }) priority!: number;
  @ApiProperty({ enum: ['placed', 'cancelled', 'fulfilled'] }) status!: OrderItem['status'];
  @ApiProperty({ type: String, nullable: true, description: 'The aid allocated to the order, if any' })
  assetId!: string | null;
}

export class OrderListDto {
  @ApiProperty({ type: [OrderItemDto] }) items!: OrderItemDto[];
}
