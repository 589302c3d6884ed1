import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi.js';

/** The API's own names for what it answers, from the generated types: the screens copy no shape. */
type Schemas = components['schemas'];
export type Role = Schemas['Role'];
export type Me = Schemas['PrincipalDto'];
export type DemoToken = Schemas['DemoTokenDto'];
export type SignInOptions = Schemas['SignInOptionsDto'];
export type AssetStatus = Schemas['AssetStatus'];
export type InspectionDue = Schemas['InspectionDueItemDto'];
export type Asset = Schemas['AssetStateDto'];
export type OpenRepair = Schemas['OpenRepairDto'];
export type AssetIndexItem = Schemas['AssetIndexItemDto'];
export type ScannedAsset = Schemas['ScannedAssetDto'];
export type HistoryEvent = Schemas['AssetHistoryEventDto'];
export type ChainVerification = Schemas['AssetChainVerificationDto'];
export type AccessLogItem = Schemas['AccessLogItemDto'];
export type AccessLogQuery = QueryOf<'/api/access-log'>;
export type AccessLogVerification = Schemas['AccessLogVerificationDto'];
export type Article = Schemas['ArticleDto'];
export type Order = Schemas['OrderItemDto'];
export type RouteItem = Schemas['RouteStopDto'];
export type HomeInspection = Schemas['InspectionStopDto'];
export type PickupStop = Schemas['PickupStopDto'];
export type PersonOrders = Schemas['PersonOrdersDto'];
export type PersonOrder = Schemas['PersonOrderDto'];
export type PickupRequest = Schemas['PersonPickupRequestDto'];
export type Recipient = Schemas['RecipientDto'];
export type RecallSummary = Schemas['RecallSummaryDto'];
export type OpenRecallUnit = Schemas['OpenRecallUnitDto'];
export type PersonDetails = Schemas['PersonDetailsDto'];
export type Contact = Schemas['ContactDto'];
export type PersonAids = Schemas['PersonAidsDto'];
export type StockLevel = Schemas['StockLevelDto'];
export type DeliveryMetrics = Schemas['DeliveryMetricsDto'];
export type DeliveryGroup = Schemas['DeliveryMetricsGroupDto'];
export type RepairMetrics = Schemas['RepairMetricsDto'];
export type RepairGroup = Schemas['RepairMetricsGroupDto'];
export type PrescriptionStatistics = Schemas['PrescriptionStatisticsDto'];
export type PrescriptionGroup = Schemas['PrescriptionStatisticsGroupDto'];
export type PrescriptionGroupBy = PrescriptionStatistics['groupBy'];
export type FittingMetrics = Schemas['FittingMetricsDto'];
export type FittingGroup = Schemas['FittingMetricsGroupDto'];
export type Readiness = Schemas['ReadinessDto'];
export type CommandResult = Schemas['CommandAnswerDto'];
export type EventRef = Schemas['EventRefDto'];
export type BillingLine = Schemas['InvoiceLineDto'];
export type InvoiceBasis = Schemas['InvoiceBasisDto'];
export type BillingMonth = Schemas['BillingMonthDto'];
export type BillingMonthPayer = Schemas['BillingMonthPayerDto'];
export type PayerFleet = Schemas['FleetDto'];
export type FleetItem = Schemas['FleetItemDto'];
/** The exports the API offers, by name: `/api/exports/<name>.{format}`. */
export type ExportName = keyof paths extends infer Path
  ? Path extends `/api/exports/${infer Name}.{format}`
    ? Name
    : never
  : never;
export type ExportFormat = 'csv' | 'xlsx';
export type ExportFile = { blob: Blob; fileName: string };

/** What the API answered on failure; a call that got no answer at all has status 0 and nothing else. */
export type ProblemDetails = Partial<Schemas['ProblemDetailsDto']> & { status: number };

/** Any failed call: an HTTP error answered with Problem Details, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };
type CommandHeaders = { 'Idempotency-Key': string; 'If-Match'?: string };
type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } }
  ? NonNullable<Query>
  : never;

const asProblem = (error: unknown, response: Response): ProblemDetails =>
  typeof error === 'object' && error !== null
    ? { ...(error as Partial<ProblemDetails>), status: response.status }
    : { status: response.status, title: response.statusText };

/** A fetch that never got an answer is a network failure, told apart from every HTTP status. */
const reach = async <T>(pending: Promise<T>): Promise<T> => {
  try {
    return await pending;
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK' });
  }
};

export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;

export class ApiClient {
  private readonly client: Client<paths>;

  constructor(
    private readonly token: string | null,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {
    this.client = createClient<paths>({
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  }

  private async answer<T>(pending: Promise<Answer<T>>): Promise<T> {
    const { data, error, response } = await reach(pending);
    if (response.ok) return data as T;
    if (response.status === 401 && this.token) this.onUnauthorized();
    throw new ApiError(asProblem(error, response));
  }

  /** Every command carries a fresh Idempotency-Key, so a retried request is answered, not applied twice. */
  private command(
    send: (header: CommandHeaders) => Promise<Answer<CommandResult>>,
    ifMatch?: number,
  ): Promise<CommandResult> {
    const header: CommandHeaders = { 'Idempotency-Key': newIdempotencyKey() };
    if (ifMatch !== undefined) header['If-Match'] = `"${ifMatch}"`;
    return this.answer(send(header));
  }

  signInOptions = () => this.answer(this.client.GET('/api/auth/sign-in-options'));
  demoTokens = () => this.answer(this.client.GET('/api/demo/tokens'));
  me = () => this.answer(this.client.GET('/api/me'));

  articles = () => this.answer(this.client.GET('/api/articles'));
  asset = (assetId: string, asOf?: string) =>
    this.answer(this.client.GET('/api/assets/{id}', { params: { path: { id: assetId }, query: { asOf } } }));
  assets = (query: QueryOf<'/api/assets'>) => this.answer(this.client.GET('/api/assets', { params: { query } }));
  history = (assetId: string) =>
    this.answer(this.client.GET('/api/assets/{id}/history', { params: { path: { id: assetId } } }));
  verifyHistory = (assetId: string) =>
    this.answer(this.client.GET('/api/assets/{id}/history/verify', { params: { path: { id: assetId } } }));
  accessLog = (query: AccessLogQuery) => this.answer(this.client.GET('/api/access-log', { params: { query } }));
  verifyAccessLog = (day: string) =>
    this.answer(this.client.GET('/api/access-log/verify', { params: { query: { day } } }));
  openOrders = () => this.answer(this.client.GET('/api/orders', { params: { query: { status: 'open' } } }));
  route = (day: string) => this.answer(this.client.GET('/api/transport/route', { params: { query: { day } } }));
  personAids = (personId: string) =>
    this.answer(this.client.GET('/api/persons/{id}/aids', { params: { path: { id: personId } } }));
  person = (personId: string) =>
    this.answer(this.client.GET('/api/persons/{id}', { params: { path: { id: personId } } }));
  personOrders = (personId: string) =>
    this.answer(this.client.GET('/api/persons/{id}/orders', { params: { path: { id: personId } } }));
  lookupPerson = (personnummer: string) =>
    this.answer(this.client.POST('/api/persons/lookup', { body: { personnummer } }));
  stock = () => this.answer(this.client.GET('/api/stock'));
  inspectionsDue = (query: QueryOf<'/api/inspections/due'>) =>
    this.answer(this.client.GET('/api/inspections/due', { params: { query } }));
  deliveryMetrics = (query: QueryOf<'/api/metrics/delivery'>) =>
    this.answer(this.client.GET('/api/metrics/delivery', { params: { query } }));
  repairMetrics = (query: Omit<QueryOf<'/api/metrics/repairs'>, 'groupBy'>) =>
    this.answer(this.client.GET('/api/metrics/repairs', { params: { query: { ...query, groupBy: 'month' } } }));
  prescriptionStatistics = (query: QueryOf<'/api/statistics/prescriptions'>) =>
    this.answer(this.client.GET('/api/statistics/prescriptions', { params: { query } }));
  fittingMetrics = (query: Omit<QueryOf<'/api/metrics/fittings'>, 'groupBy'>) =>
    this.answer(this.client.GET('/api/metrics/fittings', { params: { query: { ...query, groupBy: 'month' } } }));
  billingMonth = (month: string) =>
    this.answer(this.client.GET('/api/billing/months/{month}', { params: { path: { month } } }));
  invoiceBasis = (payerId: string, month: string) =>
    this.answer(this.client.GET('/api/billing/invoice-basis', { params: { query: { payerId, month } } }));
  rentForecast = (payerId: string, month: string) =>
    this.answer(this.client.GET('/api/billing/forecast', { params: { query: { payerId, month } } }));
  payerFleet = (payerId: string) =>
    this.answer(this.client.GET('/api/billing/fleet', { params: { query: { payerId } } }));
  /** A file as a blob, fetched with the bearer token (a plain link could not send it), named as the API names it. */
  exportFile = async (
    name: ExportName,
    format: ExportFormat,
    query: Record<string, string | undefined> = {},
  ): Promise<ExportFile> => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
    const queryString = search.toString();
    const response = await reach(
      fetch(`/api/exports/${name}.${format}${queryString ? `?${queryString}` : ''}`, {
        headers: this.token ? { Authorization: `Bearer ${this.token}` } : {},
      }),
    );
    if (!response.ok) {
      if (response.status === 401 && this.token) this.onUnauthorized();
      throw new ApiError(asProblem(await response.json().catch(() => null), response));
    }
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
    return { blob: await response.blob(), fileName: fileName ?? `${name}.${format}` };
  };

  readiness = async (): Promise<Readiness> => {
    // Not ready is answered with 503 and the same body: the lag is what the dashboard wants either way.
    const { data, error, response } = await reach(this.client.GET('/health/ready'));
    const report = data ?? error;
    if (report && Array.isArray(report.projections)) return report;
    throw new ApiError({ status: response.status, title: response.statusText });
  };

  /** Read your own writes: wait (briefly) until every projection has applied the command's position. */
  waitForProjections = async (position: number | string, patienceMs = 4000): Promise<void> => {
    const wanted = Number(position);
    const deadline = Date.now() + patienceMs;
    while (Date.now() < deadline) {
      const caughtUp = await this.readiness()
        .then((report) =>
          report.projections.every((projection) => projection.position >= wanted || projection.lagEvents === 0),
        )
        .catch(() => true);
      if (caughtUp) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  receiveAsset = (body: Schemas['RegisterAssetDto']) =>
    this.command((header) => this.client.POST('/api/assets', { params: { header }, body }));
  allocate = (orderId: string, assetId: string) =>
    this.command((header) =>
      this.client.POST('/api/orders/{id}/allocate', { params: { path: { id: orderId }, header }, body: { assetId } }),
    );
  dispatch = (assetId: string, body: Schemas['DispatchAidDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/dispatch', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  deliver = (assetId: string, body: Schemas['DeliverAidDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/deliver', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  deliveryFailed = (assetId: string, body: Schemas['RecordDeliveryFailureDto'], revision?: number) =>
    this.command(
      (header) =>
        this.client.POST('/api/assets/{id}/delivery-failed', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  returnAid = (assetId: string, body: Schemas['ReturnAidDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/return', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  recondition = (assetId: string, body: Schemas['ReconditionAidDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/recondition', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  reportRepair = (assetId: string, body: Schemas['ReportRepairDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/repairs', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  completeRepair = (assetId: string, repairId: string, body: Schemas['CompleteRepairDto'], revision?: number) =>
    this.command(
      (header) =>
        this.client.POST('/api/assets/{id}/repairs/{repairId}/complete', {
          params: { path: { id: assetId, repairId }, header },
          body,
        }),
      revision,
    );
  scrap = (assetId: string, body: Schemas['ScrapAidDto'], revision?: number) =>
    this.command(
      (header) => this.client.POST('/api/assets/{id}/scrap', { params: { path: { id: assetId }, header }, body }),
      revision,
    );
  // Unit numbers (labels and scanning)
  scan = (code: string) => this.answer(this.client.POST('/api/assets/scan', { body: { code } }));
  /** The label as a PDF blob: the API needs the bearer token, so the screen opens an object URL of it. */
  label = (assetId: string): Promise<Blob> =>
    this.answer(
      this.client.GET('/api/assets/{id}/label.pdf', {
        params: { path: { id: assetId } },
        headers: { Accept: 'application/pdf' },
        parseAs: 'blob',
      }),
    ) as Promise<Blob>;
  assignUnitNumber = (assetId: string) =>
    this.command((header) =>
      this.client.POST('/api/assets/{id}/unit-number', { params: { path: { id: assetId }, header } }),
    );
  // End of unit numbers

  registerPerson = (body: Schemas['RegisterPersonDto']) =>
    this.command((header) => this.client.POST('/api/persons', { params: { header }, body }));
  placeOrder = (body: Schemas['PlaceOrderDto']) =>
    this.command((header) => this.client.POST('/api/orders', { params: { header }, body }));
  rescheduleOrder = (orderId: string, body: Schemas['RescheduleOrderDto']) =>
    this.command((header) =>
      this.client.POST('/api/orders/{id}/reschedule', { params: { path: { id: orderId }, header }, body }),
    );
  cancelOrder = (orderId: string, body: Schemas['CancelOrderDto']) =>
    this.command((header) =>
      this.client.POST('/api/orders/{id}/cancel', { params: { path: { id: orderId }, header }, body }),
    );
  requestPickup = (assetId: string, body: Schemas['RequestPickupDto']) =>
    this.command((header) =>
      this.client.POST('/api/assets/{id}/pickup-requests', { params: { path: { id: assetId }, header }, body }),
    );
  reschedulePickup = (assetId: string, body: Schemas['ReschedulePickupDto']) =>
    this.command((header) =>
      this.client.POST('/api/assets/{id}/pickup-requests/reschedule', {
        params: { path: { id: assetId }, header },
        body,
      }),
    );
  cancelPickup = (assetId: string, body: Schemas['CancelPickupDto']) =>
    this.command((header) =>
      this.client.POST('/api/assets/{id}/pickup-requests/cancel', { params: { path: { id: assetId }, header }, body }),
    );
  closeBillingMonth = (month: string) =>
    this.command((header) =>
      this.client.POST('/api/billing/months/{month}/close', { params: { path: { month }, header } }),
    );
  changeContact = (personId: string, body: Contact) =>
    this.command((header) =>
      this.client.PUT('/api/persons/{id}/contact', { params: { path: { id: personId }, header }, body }),
    );
  // Recalls (FSCA)
  recalls = () => this.answer(this.client.GET('/api/recalls'));
  recall = (recallId: string) =>
    this.answer(this.client.GET('/api/recalls/{id}', { params: { path: { id: recallId } } }));
  openRecallUnits = (where: 'inStock' | 'onLoan') =>
    this.answer(this.client.GET('/api/recalls/open-units', { params: { query: { where } } }));
  markRecallUnitDone = (recallId: string, assetId: string, body: Schemas['RecallUnitDoneDto']) =>
    this.command((header) =>
      this.client.POST('/api/recalls/{id}/units/{assetId}/done', {
        params: { path: { id: recallId, assetId }, header },
        body,
      }),
    );
  // End of recalls
}
