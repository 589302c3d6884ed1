import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { RouteItem } from '@aidledger/projections';
import type { InspectionStop, PickupStop, Recipient, RouteStop } from './route.reads.js';
import { IsIsoDay } from '../validation/validators.js';

export class RouteQueryDto {
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today' })
  @IsOptional()
  @IsIsoDay()
  day?: string;
}

export class RouteItemDto implements RouteItem {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String }) serialNumber!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '4KX7P2C',
    description: "The unit number on the aid's label; null for an aid received before unit numbers, until assigned",
  })
  unitNumber!: string | null;
  @ApiProperty({ type: String }) orderId!: string;
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ type: String, example: 'Västerås' }) municipality!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The route it is loaded on; null before dispatch' })
  routeId!: string | null;
  @ApiProperty({ type: String, example: '2025-03-04' }) plannedDeliveryDate!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-03-06',
    description: 'The day of the next attempt after a failed delivery; the planned day stays',
  })
  nextAttemptOn!: string | null;
  @ApiProperty({ enum: ['allocated', 'inTransit'] }) status!: RouteItem['status'];
}

export class RecipientDto implements Recipient {
  @ApiProperty({ type: String, nullable: true, example: 'Karin Berg' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Storgatan 12' }) street!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '722 15' }) postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Västerås' }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Ring 30 min innan' }) deliveryNotes!: string | null;
  @ApiProperty({ type: Boolean, description: 'Skyddad identitet: not named on the list; open the person' })
  protectedIdentity!: boolean;
  @ApiProperty({ type: Boolean, description: "The person's data was erased" }) erased!: boolean;
}

export class RouteStopDto extends RouteItemDto implements RouteStop {
  @ApiProperty({
    type: RecipientDto,
    nullable: true,
    description: 'Whom it goes to; null when the reader may not see it (transport: outside today ± 7 days)',
  })
  recipient!: RecipientDto | null;
}

export class PickupStopDto implements PickupStop {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String }) serialNumber!: string;
  @ApiProperty({ type: String, description: 'The order the aid was delivered on' }) orderId!: string;
  @ApiProperty({ type: String }) personId!: string;
  @ApiProperty({ type: String, example: 'Västerås', description: 'Where the aid was delivered' })
  municipality!: string;
  @ApiProperty({ type: String, example: '2025-03-01' }) requestedOn!: string;
  @ApiProperty({ type: String, example: '2025-03-04' }) plannedPickupDate!: string;
  @ApiProperty({ type: String, example: 'No longer needed' }) reason!: string;
  @ApiProperty({
    type: RecipientDto,
    nullable: true,
    description: 'Whom it is fetched from; null when the reader may not see it (transport: outside today ± 7 days)',
  })
  recipient!: RecipientDto | null;
}

export class InspectionStopDto implements InspectionStop {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, nullable: true, example: '4KX7P2C' }) unitNumber!: string | null;
  @ApiProperty({ type: String, example: '100501' }) articleNo!: string;
  @ApiProperty({ type: String, description: 'The person holding it' }) personId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Sala', description: "The holder's municipality" })
  municipality!: string | null;
  @ApiProperty({ type: String, example: '2025-03-04', description: 'The day its inspection fell due' }) dueOn!: string;
  @ApiProperty({ type: Boolean, description: 'Its latest inspection failed and no repair was completed since' })
  outOfService!: boolean;
  @ApiProperty({
    type: RecipientDto,
    nullable: true,
    description:
      'Whose home it is inspected at; null when the reader may not see it (transport: outside today ± 7 days)',
  })
  recipient!: RecipientDto | null;
}

export class RouteDto {
  @ApiProperty({ type: String, example: '2025-03-04' }) day!: string;
  @ApiProperty({ type: [RouteStopDto], description: 'By route, then postal code and street' }) items!: RouteStopDto[];
  @ApiProperty({
    type: [PickupStopDto],
    description:
      'Open pickup requests (hämtorder) planned for the day or earlier, by postal code and street; record the return to close one',
  })
  pickups!: PickupStopDto[];
  @ApiProperty({
    type: [InspectionStopDto],
    description:
      'Aids on loan whose inspection fell due on the day or earlier: each stays on the route from its due day until it is inspected; by postal code and street',
  })
  inspections!: InspectionStopDto[];
}
