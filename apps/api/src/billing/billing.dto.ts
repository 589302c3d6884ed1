import { ApiProperty } from '@nestjs/swagger';
import { CodeField } from '../validation/fields.js';
import { IsMonth } from '../validation/validators.js';

const MonthProperty = (description: string) =>
  ApiProperty({ type: String, example: '2025-03', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description });

export class BillingMonthParamDto {
  @MonthProperty('The calendar month, YYYY-MM') @IsMonth() month!: string;
}

export class FleetQueryDto {
  @CodeField(40, 'KUND-VASTERAS') payerId!: string;
}

export class InvoiceBasisQueryDto extends FleetQueryDto {
  @MonthProperty('The calendar month, YYYY-MM') @IsMonth() month!: string;
}

export class EventRefDto {
  @ApiProperty({ type: String, example: 'asset-0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10' }) streamId!: string;
  @ApiProperty({ type: Number, example: 4 }) revision!: number;
}

const LINE_KINDS = ['rent', 'sale', 'correction'] as const;

export class InvoiceLineDto {
  @ApiProperty({
    type: String,
    example: 'rent:0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10:4:2',
    description: 'Deterministic: rent:<assetId>:<revision>:<periodNo>, sale:…, credit:… or recharge:…',
  })
  lineId!: string;
  @ApiProperty({ enum: LINE_KINDS, enumName: 'InvoiceLineKind' }) kind!: (typeof LINE_KINDS)[number];
  @ApiProperty({ type: String, nullable: true, description: 'Null for consumables' }) assetId!: string | null;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'P-K7Q2MZ4XAB',
    description: 'The person as a pseudonymous reference: stable, and not traceable to them without the server',
  })
  personRef!: string | null;
  @ApiProperty({ type: String, format: 'date', example: '2025-03-04' }) periodStart!: string;
  @ApiProperty({ type: String, format: 'date', example: '2025-04-02' }) periodEnd!: string;
  @ApiProperty({ type: Number, example: 250, description: 'Negative for a credit' }) amountSek!: number;
  @ApiProperty({ type: String, nullable: true, description: 'A correction line: the line it corrects' })
  corrects!: string | null;
  @ApiProperty({ type: [EventRefDto], description: 'The events behind the line' }) because!: EventRefDto[];
}

export class InvoiceBasisDto {
  @ApiProperty({ type: String, example: 'KUND-VASTERAS' }) payerId!: string;
  @ApiProperty({ type: String, example: '2025-03' }) month!: string;
  @ApiProperty({ type: Boolean, description: 'Closed months are frozen: later changes come as corrections' })
  closed!: boolean;
  @ApiProperty({ type: [InvoiceLineDto], description: 'By periodStart, then lineId' }) lines!: InvoiceLineDto[];
  @ApiProperty({ type: Number, example: 750 }) totalSek!: number;
}

export class BillingMonthPayerDto {
  @ApiProperty({ type: String, example: 'KUND-VASTERAS' }) payerId!: string;
  @ApiProperty({ type: String, example: 'Västerås stad' }) name!: string;
  @ApiProperty({ type: Number, example: 3, description: 'How many lines its invoice basis of the month has' })
  lines!: number;
  @ApiProperty({ type: Number, example: 750 }) totalSek!: number;
}

export class BillingMonthDto {
  @ApiProperty({ type: String, example: '2025-03' }) month!: string;
  @ApiProperty({ type: Boolean }) closed!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2025-02', description: 'The books are closed through it' })
  closedThrough!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2024-12',
    description: 'The first month ever closed: the books begin with it, earlier months were invoiced before them',
  })
  booksFrom!: string | null;
  @ApiProperty({ type: [BillingMonthPayerDto], description: 'Every registered payer, by payerId' })
  payers!: BillingMonthPayerDto[];
  @ApiProperty({ type: Number, example: 750 }) totalSek!: number;
}

export class FleetItemDto {
  @ApiProperty({ type: String }) assetId!: string;
  @ApiProperty({ type: String, example: '123456' }) articleNo!: string;
  @ApiProperty({ type: String, example: 'P-K7Q2MZ4XAB', description: 'The holder as a pseudonymous reference' })
  personRef!: string;
  @ApiProperty({ type: String, format: 'date', example: '2025-03-04' }) deliveredOn!: string;
  @ApiProperty({ type: String, format: 'date', example: '2025-06-01', description: 'The day this payer took over' })
  payerSince!: string;
  @ApiProperty({ type: Number, example: 250 }) monthlyRentSek!: number;
}

export class FleetDto {
  @ApiProperty({ type: String, example: 'KUND-VASTERAS' }) payerId!: string;
  @ApiProperty({ type: [FleetItemDto], description: 'The aids out now that this payer pays for today' })
  items!: FleetItemDto[];
}
