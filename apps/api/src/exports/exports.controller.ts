import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccessedBy, type Accessor } from '../access-log/accessed-by.decorator.js';
import { assetsExport } from '../assets/assets.export.js';
import { AID_ROLES, BILLING_ROLES, FIGURE_ROLES, PERSON_ROLES, type Principal } from '../auth/roles.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { InvoiceBasisQueryDto } from '../billing/billing.dto.js';
import { BillingReads } from '../billing/billing.reads.js';
import { invoiceBasisExport } from '../billing/invoice-basis.export.js';
import { FittingMetricsQueryDto } from '../fittings/fitting.dto.js';
import { fittingMetricsExport } from '../fittings/fitting-metrics.export.js';
import { ExportEndpoint } from '../http/endpoints.js';
import { deliveryMetricsExport, repairMetricsExport } from '../metrics/metrics.export.js';
import { DeliveryMetricsQueryDto, RepairMetricsQueryDto } from '../metrics/metrics.dto.js';
import { aidRegisterExport, personAidsExport } from '../persons/person-aids.export.js';
import { prescriptionStatisticsExport } from '../statistics/prescription-statistics.export.js';
import { PrescriptionStatisticsQueryDto } from '../statistics/statistics.dto.js';
import { stockExport } from '../stock/stock.export.js';
import { StockQueryDto } from '../stock/stock.dto.js';
import { AssetsExportQueryDto, ExportFormatDto, PersonAidsExportQueryDto } from './export.dto.js';
import { Exporter } from './exporter.js';

/** Every export, one line each: the declaration says the columns, the rows and whom they name. */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly exporter: Exporter,
    private readonly billing: BillingReads,
  ) {}

  @ExportEndpoint('aid-register', {
    roles: PERSON_ROLES,
    summary: 'The register of aids and who has them: every aid out now',
    description: 'Names each holder by pseudonymous id (no personnummer); one access-log entry per person named.',
  })
  aidRegister(@Param() { format }: ExportFormatDto, @AccessedBy() accessor: Accessor, @Res() reply: FastifyReply) {
    return this.exporter.send(reply, { format, accessor }, aidRegisterExport, {});
  }

  @ExportEndpoint('person-aids', {
    roles: PERSON_ROLES,
    summary: "A person's aids, current and past",
    description: 'One access-log entry for the person.',
    notFound: true,
  })
  personAids(
    @Param() { format }: ExportFormatDto,
    @Query() query: PersonAidsExportQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, personAidsExport, query);
  }

  @ExportEndpoint('assets', {
    roles: AID_ROLES,
    summary: 'The asset index: status, holder and last event of every aid',
    description: 'One access-log entry per holder named.',
  })
  assets(
    @Param() { format }: ExportFormatDto,
    @Query() query: AssetsExportQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, assetsExport, query);
  }

  @ExportEndpoint('stock', { roles: FIGURE_ROLES, summary: 'Stock levels per article and location' })
  stock(
    @Param() { format }: ExportFormatDto,
    @Query() query: StockQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, stockExport, query);
  }

  @ExportEndpoint('delivery-metrics', {
    roles: FIGURE_ROLES,
    summary: 'Deliveries on the planned day, early and late, per group (target 95 %)',
  })
  deliveryMetrics(
    @Param() { format }: ExportFormatDto,
    @Query() query: DeliveryMetricsQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, deliveryMetricsExport, query);
  }

  @ExportEndpoint('repair-metrics', {
    roles: FIGURE_ROLES,
    summary: 'Repairs completed within 5 Swedish working days, per month (target 88 %)',
  })
  repairMetrics(
    @Param() { format }: ExportFormatDto,
    @Query() query: RepairMetricsQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, repairMetricsExport, query);
  }

  @ExportEndpoint('prescription-statistics', {
    roles: FIGURE_ROLES,
    summary: 'Orders placed, split by sex, per group, small cells suppressed (empty)',
  })
  prescriptionStatistics(
    @Param() { format }: ExportFormatDto,
    @Query() query: PrescriptionStatisticsQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, prescriptionStatisticsExport, query);
  }

  @ExportEndpoint('fitting-metrics', {
    roles: FIGURE_ROLES,
    summary: 'Persons offered a fitting within 15 Swedish working days, per month of the request (target 80 %)',
  })
  fittingMetrics(
    @Param() { format }: ExportFormatDto,
    @Query() query: FittingMetricsQueryDto,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, fittingMetricsExport, query);
  }

  @ExportEndpoint('invoice-basis', {
    roles: BILLING_ROLES,
    summary: "A payer's invoice basis of a month, persons as personRef",
    description: 'A payer token exports its own payerId only (403 for another). One access-log entry per person named.',
    notFound: true,
  })
  invoiceBasis(
    @Param() { format }: ExportFormatDto,
    @Query() query: InvoiceBasisQueryDto,
    @CurrentPrincipal() reader: Principal,
    @AccessedBy() accessor: Accessor,
    @Res() reply: FastifyReply,
  ) {
    return this.exporter.send(reply, { format, accessor }, invoiceBasisExport(this.billing), { ...query, reader });
  }
}
