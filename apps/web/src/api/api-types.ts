export type Role = 'warehouse' | 'transport' | 'planner' | 'auditor' | 'viewer' | 'admin';

export type Me = { subject: string; name: string; role: Role };

export type DemoToken = { role: Role; name: string; token: string };

export type AssetStatus = 'ready' | 'allocated' | 'inTransit' | 'onLoan' | 'awaitingReconditioning' | 'scrapped';

export type Asset = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  status: AssetStatus;
  personId?: string | null;
  orderId?: string | null;
  location?: string | null;
  revision: number;
};

export type AssetIndexItem = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  status: AssetStatus;
  personId?: string | null;
  location?: string | null;
  lastEventAt: string;
};

export type HistoryEvent = {
  revision: number;
  position: number | string;
  type: string;
  data: Record<string, unknown>;
  metadata: { actor: string; occurredAt: string; correlationId?: string; causationId?: string };
  recordedAt: string;
};

export type AssetHistory = { assetId: string; events: HistoryEvent[] };

/** The tamper-evidence check: whether the stream's hash chain holds, else the first revision where it breaks. */
export type ChainVerification = { valid: boolean; brokenAtRevision?: number | null; events?: number };

export type Article = { articleNo: string; name: string; isoCode: string; kind: 'individual' | 'consumable' };

export type OpenOrder = {
  orderId: string;
  personId: string;
  articleNo: string;
  plannedDeliveryDate: string;
  municipality: string;
  priority: number;
  status: string;
  assetId: string | null;
};

export type RouteItem = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  orderId: string;
  personId: string;
  municipality: string;
  routeId: string | null;
  plannedDeliveryDate: string;
  nextAttemptOn: string | null;
  status: 'allocated' | 'inTransit';
};

export type RouteOfDay = { day: string; items: RouteItem[] };

export type PersonAids = {
  personId: string;
  current: { assetId: string; articleNo: string; since: string; orderId: string }[];
  past: { assetId: string; articleNo: string; from: string; to: string }[];
};

export type StockLevel = {
  articleNo: string;
  location: string;
  ready: number;
  allocated: number;
  inTransit: number;
  onLoan: number;
  awaitingReconditioning: number;
  scrapped: number;
  quantityOnHand: number | null;
};

export type DeliveryGroup = {
  key: string;
  deliveries: number;
  onPlannedDay: number;
  early: number;
  late: number;
  share: number;
};
export type DeliveryMetrics = { target: number; groups: DeliveryGroup[] };
export type RepairGroup = { key: string; completed: number; withinFiveWorkingDays: number; share: number };
export type RepairMetrics = { target: number; groups: RepairGroup[] };

export type ProjectionLag = {
  name: string;
  version: number;
  position: number | string;
  headPosition: number | string;
  lagEvents: number;
  lagMs: number;
};
export type Readiness = { status: string; projections: ProjectionLag[] };

export type CommandResult = { id: string; streamRevision: number; position: number | string };

export type ProblemDetails = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
};
