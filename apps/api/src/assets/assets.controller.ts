import { Body, Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { findAssets } from '@aidledger/projections';
import type { FastifyReply } from 'fastify';
import { OnAsset } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { createdId, FromRequest } from '../command-bus/command-context.decorator.js';
import { AID_ROLES } from '../auth/roles.js';
import { CommandEndpoint, Problems, QueryEndpoint, UuidParam } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import {
  AssetAsOfQueryDto,
  AssetChainVerificationDto,
  AssetHistoryDto,
  AssetIndexPageDto,
  AssetIndexQueryDto,
  AssetStateDto,
  CompleteRepairDto,
  CorrectBusinessDateDto,
  DeliverAidDto,
  DispatchAidDto,
  InspectAidDto,
  ReconditionAidDto,
  RecordDeliveryFailureDto,
  RegisterAssetDto,
  ReleaseAllocationDto,
  ReportRepairDto,
  ReturnAidDto,
  ScanAssetDto,
  ScannedAssetDto,
  ReverseDeliveryDto,
  ScrapAidDto,
} from './asset.dto.js';
import { labelContentOf, labelPdf } from './asset-label.js';
import { scanAsset, type ScannedAsset } from './asset-scan.js';
import { Roles } from '../auth/roles.decorator.js';
import { readAssetHistory, readAssetState, verifyAssetHistory, type AssetHistory } from './asset.reads.js';
import { LogsPersonReads } from '../access-log/logs-person-reads.js';
import { CancelPickupDto, RequestPickupDto, ReschedulePickupDto } from './pickup.dto.js';

@ApiTags('assets')
@ApiBearerAuth()
@Controller('api/assets')
export class AssetsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandEndpoint(undefined, { roles: ['warehouse'], summary: 'Receive a new aid into stock', creates: true })
  register(@Body() body: RegisterAssetDto, @FromRequest() context: CommandContext): Promise<CommandAnswer> {
    // A null id is not chosen: a default in the destructuring would keep it, and register the aid as "null".
    const { assetId, ...data } = body;
    return this.commands.execute(new OnAsset(assetId ?? createdId(context), { type: 'RegisterAsset', data }, context));
  }

  @CommandEndpoint(':id/release', { roles: ['warehouse'], summary: 'Release an allocated aid from its order' })
  release(@UuidParam() id: string, @Body() data: ReleaseAllocationDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ReleaseAllocation', data }, context));
  }

  @CommandEndpoint(':id/dispatch', { roles: ['transport'], summary: 'Load an allocated aid on a route' })
  dispatch(@UuidParam() id: string, @Body() data: DispatchAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'DispatchAid', data }, context));
  }

  @CommandEndpoint(':id/deliver', { roles: ['transport'], summary: 'Record a delivery to the person of the order' })
  deliver(@UuidParam() id: string, @Body() data: DeliverAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'DeliverAid', data }, context));
  }

  @CommandEndpoint(':id/delivery-failed', { roles: ['transport'], summary: 'Record a failed delivery attempt' })
  deliveryFailed(
    @UuidParam() id: string,
    @Body() data: RecordDeliveryFailureDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.commands.execute(new OnAsset(id, { type: 'RecordDeliveryFailure', data }, context));
  }

  @CommandEndpoint(':id/return', { roles: ['transport', 'warehouse'], summary: 'Record that an aid came back' })
  return(@UuidParam() id: string, @Body() data: ReturnAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ReturnAid', data }, context));
  }

  @CommandEndpoint(':id/recondition', { roles: ['warehouse'], summary: 'Record that a returned aid is ready again' })
  recondition(@UuidParam() id: string, @Body() data: ReconditionAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ReconditionAid', data }, context));
  }

  @CommandEndpoint(':id/repairs', { roles: ['warehouse'], summary: 'Report a repair or service need', creates: true })
  reportRepair(@UuidParam() id: string, @Body() body: ReportRepairDto, @FromRequest() context: CommandContext) {
    const data = { ...body, repairId: body.repairId ?? createdId(context) };
    return this.commands.execute(new OnAsset(id, { type: 'ReportRepair', data }, context, data.repairId));
  }

  @CommandEndpoint(':id/repairs/:repairId/complete', { roles: ['warehouse'], summary: 'Complete a reported repair' })
  completeRepair(
    @UuidParam() id: string,
    @UuidParam('repairId') repairId: string,
    @Body() body: CompleteRepairDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.commands.execute(
      new OnAsset(id, { type: 'CompleteRepair', data: { ...body, repairId } }, context, repairId),
    );
  }

  @CommandEndpoint(':id/inspect', { roles: ['warehouse'], summary: 'Record an inspection (besiktning)' })
  inspect(@UuidParam() id: string, @Body() data: InspectAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'InspectAid', data }, context));
  }

  @CommandEndpoint(':id/scrap', { roles: ['warehouse'], summary: 'Scrap a worn-out aid' })
  scrap(@UuidParam() id: string, @Body() data: ScrapAidDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ScrapAid', data }, context));
  }

  // Unit numbers (labels and scanning)
  @CommandEndpoint(':id/unit-number', {
    roles: ['warehouse'],
    summary: 'Give an aid received before unit numbers existed a unit number',
    description: 'Claims a unique unit number for the aid; an aid that has one keeps it (nothing is appended).',
  })
  assignUnitNumber(@UuidParam() id: string, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'AssignUnitNumber', data: {} }, context));
  }

  @QueryEndpoint('scan', {
    roles: AID_ROLES,
    post: true,
    summary: 'Find an aid by what was scanned or typed: unit number, asset id or serial number',
    description:
      'Unit numbers are read in any case, with spaces or dashes. 404 `ASSET.SCAN_NO_MATCH` when nothing matches; 409 `ASSET.SCAN_AMBIGUOUS` when two aids share the serial number.',
    type: ScannedAssetDto,
    notFound: true,
  })
  @Problems([409])
  @LogsPersonReads('asset.scan', (answer: ScannedAsset) => [answer.personId])
  scan(@Body() body: ScanAssetDto) {
    return this.queries.execute(new Read(({ db, store }) => scanAsset(db, store, body.code)));
  }

  @Get(':id/label.pdf')
  @Roles('warehouse', 'transport')
  @Header('content-type', 'application/pdf')
  @ApiOperation({
    summary: "The aid's label: its unit number as a Code 128 barcode, article and serial number",
    description:
      'A 62 × 40 mm PDF; it names no person. 409 `ASSET.NO_UNIT_NUMBER` for an aid received before unit numbers, until one is assigned.\n\nRoles that may call it: warehouse, transport, admin.',
  })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The label as a one-page PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @Problems([400, 401, 403, 404, 409])
  async label(@UuidParam() id: string): Promise<Buffer> {
    const content = await this.queries.execute(new Read(({ store }) => labelContentOf(store, id)));
    return labelPdf(content);
  }
  // End of unit numbers
  // Corrections: who may correct a day, and who may undo a delivery, is documented in the README's role table.

  @CommandEndpoint(':id/corrections', {
    roles: ['warehouse', 'transport', 'planner'],
    summary: 'Correct a wrong business date of one event of the aid (recorded as a correction event)',
  })
  correct(@UuidParam() id: string, @Body() data: CorrectBusinessDateDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'CorrectBusinessDate', data }, context));
  }

  @CommandEndpoint(':id/delivery-reversal', {
    roles: ['warehouse', 'planner'],
    summary: 'Reverse a delivery registered on the wrong aid: the aid is ready again and the order open',
  })
  reverseDelivery(@UuidParam() id: string, @Body() data: ReverseDeliveryDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ReverseDelivery', data }, context));
  }

  // Pickup orders (hämtorder): one open request per aid on loan; recording the return closes it.
  @CommandEndpoint(':id/pickup-requests', {
    roles: ['planner'],
    summary: 'Ask transport to fetch an aid on loan on a planned day (hämtorder)',
    description: 'The request lists on the transport route of its planned day; the pickup itself is the return.',
    creates: true,
  })
  requestPickup(@UuidParam() id: string, @Body() data: RequestPickupDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'RequestPickup', data }, context));
  }

  @CommandEndpoint(':id/pickup-requests/reschedule', {
    roles: ['planner', 'transport'],
    summary: "Move the open pickup request's planned day",
  })
  reschedulePickup(@UuidParam() id: string, @Body() data: ReschedulePickupDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'ReschedulePickup', data }, context));
  }

  @CommandEndpoint(':id/pickup-requests/cancel', { roles: ['planner'], summary: 'Cancel the open pickup request' })
  cancelPickup(@UuidParam() id: string, @Body() data: CancelPickupDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnAsset(id, { type: 'CancelPickup', data }, context));
  }

  @QueryEndpoint(undefined, {
    roles: AID_ROLES,
    summary: 'Asset index: status, holder and last event of every aid',
    description: 'Pages by asset id; pass `nextCursor` as `cursor` for the next page.',
    type: AssetIndexPageDto,
  })
  @LogsPersonReads('assets.index', (answer: { items: { personId?: string | null }[] }) =>
    answer.items.map((item) => item.personId),
  )
  index(@Query() query: AssetIndexQueryDto) {
    return this.queries.execute(new Read(({ db }) => findAssets(db, query)));
  }

  @QueryEndpoint(':id', {
    roles: AID_ROLES,
    summary: "The aid's current state, or with asOf the state as the system knew it then",
    type: AssetStateDto,
    notFound: true,
    etag: true,
  })
  @LogsPersonReads('asset.state', (answer: { personId?: string }) => [answer.personId])
  async state(
    @UuidParam() id: string,
    @Query() query: AssetAsOfQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const state = await this.queries.execute(new Read(({ store }) => readAssetState(store, id, query.asOf)));
    void reply.header('etag', `"${state.revision}"`);
    return state;
  }

  @QueryEndpoint(':id/history', {
    roles: ['auditor'],
    summary: 'Every event of the aid, oldest first, with metadata',
    description:
      "Read from the aid's own stream, not a read model; each event says its business date and the status it left the aid in.",
    type: AssetHistoryDto,
    notFound: true,
  })
  @LogsPersonReads('asset.history', (answer: AssetHistory) =>
    answer.events.map((event) => event.data.personId as string | undefined),
  )
  history(@UuidParam() id: string) {
    return this.queries.execute(new Read(({ store }) => readAssetHistory(store, id)));
  }

  @QueryEndpoint(':id/history/verify', {
    roles: ['auditor'],
    summary: "Whether the aid's hash chain holds, or the revision where it breaks",
    type: AssetChainVerificationDto,
    notFound: true,
  })
  verify(@UuidParam() id: string) {
    return this.queries.execute(new Read(({ store }) => verifyAssetHistory(store, id)));
  }
}
