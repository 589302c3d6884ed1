import type {
  Article,
  Asset,
  AssetHistory,
  AssetIndexItem,
  AssetStatus,
  ChainVerification,
  CommandResult,
  DeliveryMetrics,
  DemoToken,
  Me,
  OpenOrder,
  PersonAids,
  ProblemDetails,
  Readiness,
  RepairMetrics,
  RouteOfDay,
  StockLevel,
} from './api-types.js';

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

type Query = Record<string, string | undefined>;
type WriteOptions = { idempotencyKey?: string; ifMatch?: number };

const toQueryString = (query: Query = {}): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

const asProblem = async (response: Response): Promise<ProblemDetails> => {
  try {
    const body = (await response.json()) as Partial<ProblemDetails>;
    return { ...body, status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
};

export const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;

export class ApiClient {
  constructor(
    private readonly token: string | null,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {}

  private async request<T>(method: string, path: string, body?: unknown, options: WriteOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError({ status: 0, code: 'NETWORK' });
    }
    if (!response.ok) {
      const problem = await asProblem(response);
      if (response.status === 401 && this.token) this.onUnauthorized();
      throw new ApiError(problem);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private command(path: string, body: unknown, options: WriteOptions = {}): Promise<CommandResult> {
    return this.request<CommandResult>('POST', path, body, { idempotencyKey: newIdempotencyKey(), ...options });
  }

  demoTokens = () => this.request<{ tokens: DemoToken[] }>('GET', '/api/demo/tokens');
  me = () => this.request<Me>('GET', '/api/me');

  articles = () => this.request<{ items: Article[] }>('GET', '/api/articles');
  asset = (assetId: string, asOf?: string) =>
    this.request<Asset>('GET', `/api/assets/${encodeURIComponent(assetId)}${toQueryString({ asOf })}`);
  assets = (query: { q?: string; status?: AssetStatus; articleNo?: string }) =>
    this.request<{ items: AssetIndexItem[]; nextCursor?: string }>('GET', `/api/assets${toQueryString(query)}`);
  history = (assetId: string) =>
    this.request<AssetHistory>('GET', `/api/assets/${encodeURIComponent(assetId)}/history`);
  verifyHistory = (assetId: string) =>
    this.request<ChainVerification>('GET', `/api/assets/${encodeURIComponent(assetId)}/history/verify`);
  openOrders = () => this.request<{ items: OpenOrder[] }>('GET', '/api/orders?status=open');
  route = (day: string) => this.request<RouteOfDay>('GET', `/api/transport/route${toQueryString({ day })}`);
  personAids = (personId: string) =>
    this.request<PersonAids>('GET', `/api/persons/${encodeURIComponent(personId)}/aids`);
  lookupPerson = (personnummer: string) =>
    this.request<{ id: string }>('POST', '/api/persons/lookup', { personnummer });
  stock = () => this.request<{ items: StockLevel[] }>('GET', '/api/stock');
  deliveryMetrics = (query: { from?: string; to?: string; groupBy: 'day' | 'month' | 'municipality' | 'route' }) =>
    this.request<DeliveryMetrics>('GET', `/api/metrics/delivery${toQueryString(query)}`);
  repairMetrics = (query: { from?: string; to?: string }) =>
    this.request<RepairMetrics>('GET', `/api/metrics/repairs${toQueryString({ ...query, groupBy: 'month' })}`);
  readiness = async (): Promise<Readiness> => {
    // Not ready is answered with 503 and the same body: the lag is what the dashboard wants either way.
    let response: Response;
    try {
      response = await fetch('/health/ready', { headers: { Accept: 'application/json' } });
    } catch {
      throw new ApiError({ status: 0, code: 'NETWORK' });
    }
    const body = (await response.json().catch(() => null)) as Partial<Readiness> | null;
    if (body && Array.isArray(body.projections))
      return { status: String(body.status ?? response.status), projections: body.projections };
    throw new ApiError({ status: response.status, title: response.statusText });
  };

  /** Read your own writes: wait (briefly) until every projection has applied the command's position. */
  waitForProjections = async (position: number | string, patienceMs = 4000): Promise<void> => {
    const wanted = Number(position);
    const deadline = Date.now() + patienceMs;
    while (Date.now() < deadline) {
      const caughtUp = await this.readiness()
        .then((report) =>
          report.projections.every((projection) => Number(projection.position) >= wanted || projection.lagEvents === 0),
        )
        .catch(() => true);
      if (caughtUp) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  receiveAsset = (body: { articleNo: string; serialNumber: string; location: string }) =>
    this.command('/api/assets', body);
  allocate = (orderId: string, assetId: string) =>
    this.command(`/api/orders/${encodeURIComponent(orderId)}/allocate`, { assetId });
  dispatch = (assetId: string, body: { orderId: string; routeId: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/dispatch`, body, { ifMatch: revision });
  deliver = (assetId: string, body: { orderId: string; deliveredOn: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/deliver`, body, { ifMatch: revision });
  deliveryFailed = (
    assetId: string,
    body: { orderId: string; reason: string; rescheduledTo: string },
    revision?: number,
  ) => this.command(`/api/assets/${encodeURIComponent(assetId)}/delivery-failed`, body, { ifMatch: revision });
  returnAid = (assetId: string, body: { returnedOn: string; reason: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/return`, body, { ifMatch: revision });
  recondition = (assetId: string, body: { reconditionedOn: string; location: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/recondition`, body, { ifMatch: revision });
  reportRepair = (
    assetId: string,
    body: { reportedOn: string; description: string; repairId?: string },
    revision?: number,
  ) => this.command(`/api/assets/${encodeURIComponent(assetId)}/repairs`, body, { ifMatch: revision });
  completeRepair = (assetId: string, repairId: string, body: { completedOn: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/repairs/${encodeURIComponent(repairId)}/complete`, body, {
      ifMatch: revision,
    });
  scrap = (assetId: string, body: { scrappedOn: string; reason: string }, revision?: number) =>
    this.command(`/api/assets/${encodeURIComponent(assetId)}/scrap`, body, { ifMatch: revision });
}
