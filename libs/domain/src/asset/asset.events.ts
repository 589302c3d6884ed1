import type { Message } from '../shared/decider.js';

/** Business dates (`…On`, `plannedDeliveryDate`) are ISO days in Europe/Stockholm. */

/**
 * `unitNumber` is absent in events written before aids got one; `UnitNumberAssigned` gives them one.
 * `lot` and `udiDi` (MDR traceability: the maker's batch and the UDI device identifier) are recorded when known;
 * absent or null means unknown.
 */
export type AssetRegistered = Message<
  'AssetRegistered',
  {
    assetId: string;
    articleNo: string;
    serialNumber: string;
    location: string;
    receivedOn: string;
    unitNumber?: string;
    lot?: string | null;
    udiDi?: string | null;
  }
>;
export type AssetAllocated = Message<
  'AssetAllocated',
  { assetId: string; orderId: string; personId: string; allocatedOn: string }
>;
export type AssetAllocationReleased = Message<
  'AssetAllocationReleased',
  { assetId: string; orderId: string; reason: string; releasedOn: string }
>;
export type AidDispatched = Message<
  'AidDispatched',
  { assetId: string; orderId: string; routeId: string; dispatchedOn: string }
>;

/** What a delivery attempt's events carry of its order and route, so delivery KPIs need no join. */
type Attempt = { assetId: string; orderId: string; plannedDeliveryDate: string; municipality: string; routeId: string };

export type AidDelivered = Message<
  'AidDelivered',
  Attempt & { personId: string; articleNo: string; deliveredOn: string }
>;
/** Back to allocated; `rescheduledTo` is the next attempt's day, the order's planned day stays. */
export type AidDeliveryFailed = Message<
  'AidDeliveryFailed',
  Attempt & { reason: string; failedOn: string; rescheduledTo: string }
>;
export type AidReturned = Message<
  'AidReturned',
  { assetId: string; personId: string; orderId: string; returnedOn: string; reason: string }
>;
export type AidReconditioned = Message<
  'AidReconditioned',
  { assetId: string; reconditionedOn: string; location: string }
>;
export type AidRepairReported = Message<
  'AidRepairReported',
  { assetId: string; repairId: string; reportedOn: string; description: string }
>;
export type AidRepaired = Message<
  'AidRepaired',
  { assetId: string; repairId: string; reportedOn: string; completedOn: string }
>;
export type AidInspected = Message<'AidInspected', { assetId: string; inspectedOn: string; passed: boolean }>;
export type AidScrapped = Message<'AidScrapped', { assetId: string; scrappedOn: string; reason: string }>;

// Unit numbers (labels and scanning)
/** An aid received before unit numbers existed gets one afterwards. */
export type UnitNumberAssigned = Message<
  'UnitNumberAssigned',
  { assetId: string; unitNumber: string; assignedOn: string }
>;
// End of unit numbers

// Corrections: a wrong business date, or a delivery registered on the wrong aid, recorded as events of their own.

/** The events whose business date may be corrected, and the field that holds it. */
export const CORRECTABLE_DATE_FIELDS = {
  AidDelivered: 'deliveredOn',
  AidReturned: 'returnedOn',
  AidRepairReported: 'reportedOn',
  AidRepaired: 'completedOn',
  AidInspected: 'inspectedOn',
} as const;
export type CorrectableEventType = keyof typeof CORRECTABLE_DATE_FIELDS;
export type CorrectableDateField = (typeof CORRECTABLE_DATE_FIELDS)[CorrectableEventType];

/**
 * The business date of the event at `revision` of this stream is `to`, not `from`. `repairId` names the repair
 * a repair's date belongs to, so the repair KPI finds it without reading the stream.
 */
export type BusinessDateCorrected = Message<
  'BusinessDateCorrected',
  {
    assetId: string;
    revision: number;
    eventType: CorrectableEventType;
    field: CorrectableDateField;
    from: string;
    to: string;
    reason: string;
    repairId?: string;
  }
>;
/**
 * The delivery at `revision` never happened (registered on the wrong aid): the aid is ready again at `location`,
 * the person never held it, and the order waits for an aid again.
 */
export type AidDeliveryReversed = Message<
  'AidDeliveryReversed',
  {
    assetId: string;
    orderId: string;
    personId: string;
    articleNo: string;
    revision: number;
    deliveredOn: string;
    location: string;
    reason: string;
  }
>;

// Pickup orders (hämtorder): the centre is asked to fetch an aid on loan; the pickup itself is the return.
/** Names the loan's person, order and article so the route lists the pickup without a join. */
export type PickupRequested = Message<
  'PickupRequested',
  {
    assetId: string;
    personId: string;
    orderId: string;
    articleNo: string;
    requestedOn: string;
    plannedPickupDate: string;
    reason: string;
  }
>;
export type PickupRescheduled = Message<
  'PickupRescheduled',
  { assetId: string; requestedOn: string; plannedPickupDate: string; rescheduledOn: string }
>;
export type PickupCancelled = Message<
  'PickupCancelled',
  { assetId: string; requestedOn: string; reason: string; cancelledOn: string }
>;
export type PickupEvent = PickupRequested | PickupRescheduled | PickupCancelled;

export type AssetEvent =
  | AssetRegistered
  | AssetAllocated
  | AssetAllocationReleased
  | AidDispatched
  | AidDelivered
  | AidDeliveryFailed
  | AidReturned
  | AidReconditioned
  | AidRepairReported
  | AidRepaired
  | AidInspected
  | AidScrapped
  | UnitNumberAssigned
  | BusinessDateCorrected
  | AidDeliveryReversed
  | PickupEvent;

export const assetStream = (assetId: string): string => `asset-${assetId}`;
