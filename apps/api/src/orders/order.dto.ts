import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import type { OrderItem } from '@aidledger/projections';
import { IsIsoDay } from '../validation/validators.js';

export class PlaceOrderDto {
  @ApiPropertyOptional({ description: 'Chosen by the client to make a retried order recognisable' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
  @ApiProperty()
  @IsUUID()
  personId!: string;
  @ApiProperty({ example: '123456' })
  @IsString()
  @Length(1, 40)
  articleNo!: string;
  @ApiProperty({ example: 'FS-1042' })
  @IsString()
  @Length(1, 60)
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
  @ApiProperty({ example: '2025-03-10' })
  @IsIsoDay()
  plannedDeliveryDate!: string;
  @ApiProperty({ example: 'Västerås' })
  @IsString()
  @Length(1, 80)
  municipality!: string;
  @ApiProperty({ example: 'KUND-VASTERAS' })
  @IsString()
  @Length(1, 60)
  payerId!: string;
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today; set when registering afterwards' })
  @IsOptional()
  @IsIsoDay()
  placedOn?: string;
}

export class AllocateOrderDto {
  @ApiProperty()
  @IsUUID()
  assetId!: string;
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today; set when registering afterwards' })
  @IsOptional()
  @IsIsoDay()
  allocatedOn?: string;
}

export class RescheduleOrderDto {
  @ApiProperty({ example: '2025-03-12' })
  @IsIsoDay()
  plannedDeliveryDate!: string;
  @ApiProperty({ example: 'New day agreed with the recipient' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CancelOrderDto {
  @ApiProperty({ example: 'Prescription withdrawn' })
  @IsString()
  @Length(1, 500)
  reason!: string;
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today' })
  @IsOptional()
  @IsIsoDay()
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
