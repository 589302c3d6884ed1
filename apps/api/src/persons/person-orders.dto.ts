import { ApiProperty } from '@nestjs/swagger';
import type { OrderStage, PersonPickupRequest, PickupRequestStatus } from '@aidledger/projections';
import { OrderItemDto } from '../orders/order.dto.js';
import type { PersonOrders } from './person-orders.reads.js';

const ORDER_STAGES = Object.keys({
  placed: true,
  allocated: true,
  dispatched: true,
  delivered: true,
  cancelled: true,
} satisfies Record<OrderStage, true>) as OrderStage[];

export class PersonOrderDto extends OrderItemDto {
  @ApiProperty({
    enum: ORDER_STAGES,
    enumName: 'OrderStage',
    description:
      'placed (waiting for an aid), allocated (reserved in the warehouse), dispatched (on the route of dueOn), delivered (fulfilled), cancelled',
  })
  stage!: OrderStage;
  @ApiProperty({ type: String, nullable: true, description: 'The route the aid is loaded on, once dispatched' })
  routeId!: string | null;
  @ApiProperty({
    type: String,
    example: '2025-03-10',
    description: 'The day transport works on it: the next attempt after a failed delivery, else the planned day',
  })
  dueOn!: string;
}

export class PersonPickupRequestDto implements PersonPickupRequest {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: '2025-03-04' }) requestedOn!: string;
  @ApiProperty({ type: String, example: '2025-03-07' }) plannedPickupDate!: string;
  @ApiProperty({ type: String }) reason!: string;
  @ApiProperty({
    enum: ['open', 'pickedUp', 'cancelled'],
    enumName: 'PickupRequestStatus',
    description: 'open until the aid is returned (picked up) or the request is cancelled',
  })
  status!: PickupRequestStatus;
  @ApiProperty({ type: String, nullable: true, description: 'The day it was picked up or cancelled' })
  closedOn!: string | null;
}

export class PersonOrdersDto implements PersonOrders {
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ type: [PersonOrderDto], description: 'The latest planned first' }) items!: PersonOrderDto[];
  @ApiProperty({
    type: [PersonPickupRequestDto],
    description: 'The latest pickup request (hämtorder) of each aid the person held, newest first',
  })
  pickupRequests!: PersonPickupRequestDto[];
}
