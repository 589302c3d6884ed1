import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FittingMetrics, FittingMetricsGroup } from '@aidledger/projections';
import { DayField, IdField, OptionalDayField, OptionalIdField, TextField } from '../validation/fields.js';
import { IsIsoDay } from '../validation/validators.js';

export class RequestFittingDto {
  @OptionalIdField('Chosen by the client to make a retried request recognisable')
  fittingId?: string;
  @IdField()
  personId!: string;
  @TextField(20, '12 22 03')
  isoCode!: string;
  @TextField(60, 'FS-1042')
  prescriberId!: string;
  @DayField({ example: '2025-03-03', description: 'The day the prescriber asked for the fitting' })
  requestedOn!: string;
}

export class OfferFittingDto {
  @DayField({ example: '2025-03-10', description: 'The day the person was offered a time: what the KPI counts' })
  offeredOn!: string;
  @DayField({ example: '2025-03-25', description: 'The day of the fitting; may lie ahead' })
  appointmentOn!: string;
}

export class CompleteFittingDto {
  @DayField({ example: '2025-03-25' })
  completedOn!: string;
}

export class CancelFittingDto {
  @ApiPropertyOptional({ type: String, example: 'Prescription withdrawn', minLength: 1, maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
  @OptionalDayField()
  cancelledOn?: string;
}

export class FittingMetricsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01' }) @IsOptional() @IsIsoDay() from?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsIsoDay() to?: string;
  @ApiPropertyOptional({ enum: ['month'], default: 'month' }) @IsOptional() @IsIn(['month']) groupBy?: 'month';
}

export class FittingMetricsGroupDto implements FittingMetricsGroup {
  @ApiProperty({ type: String, example: '2025-03', description: 'The month of the request' }) key!: string;
  @ApiProperty({ type: Number, description: 'Requests offered, or unoffered past their 15th working day' })
  requests!: number;
  @ApiProperty({ type: Number }) offeredWithin15WorkingDays!: number;
  @ApiProperty({ type: Number, example: 0.782, description: 'offeredWithin15WorkingDays / requests, three decimals' })
  share!: number;
}

export class FittingMetricsDto implements FittingMetrics {
  @ApiProperty({ type: Number, example: 0.8 }) target!: number;
  @ApiProperty({ type: [FittingMetricsGroupDto] }) groups!: FittingMetricsGroupDto[];
}
