import { ApiProperty } from '@nestjs/swagger';
import type { OpenPickup } from '@aidledger/domain';
import { DayField, OptionalDayField, TextField } from '../validation/fields.js';

export class RequestPickupDto {
  @DayField({ description: 'The day the centre was asked to fetch the aid; not after today' })
  requestedOn!: string;
  @DayField({ example: '2025-03-07', description: 'The day transport is to fetch it; not before requestedOn' })
  plannedPickupDate!: string;
  @TextField(500, 'No longer needed')
  reason!: string;
}

export class ReschedulePickupDto {
  @DayField({ example: '2025-03-10', description: 'The new day agreed with the holder; not before the request' })
  plannedPickupDate!: string;
  @OptionalDayField({ description: 'The day the new date was agreed; defaults to today' })
  rescheduledOn?: string;
}

export class CancelPickupDto {
  @TextField(500, 'Keeps the aid after all')
  reason!: string;
  @OptionalDayField()
  cancelledOn?: string;
}

export class OpenPickupDto implements OpenPickup {
  @ApiProperty({ type: String, example: '2025-03-04' }) requestedOn!: string;
  @ApiProperty({ type: String, example: '2025-03-07' }) plannedPickupDate!: string;
  @ApiProperty({ type: String }) reason!: string;
}
