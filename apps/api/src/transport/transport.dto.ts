import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { RouteItem } from '@aidledger/projections';
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

export class RouteDto {
  @ApiProperty({ type: String, example: '2025-03-04' }) day!: string;
  @ApiProperty({ type: [RouteItemDto] }) items!: RouteItemDto[];
}
