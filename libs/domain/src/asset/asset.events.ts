import type { Message } from '../shared/decider.js';

/** Business dates (`…On`, `plannedDeliveryDate`) are ISO days in Europe/Stockholm. */

/** `unitNumber` is absent in events written before aids got one; `UnitNumberAssigned` gives them one. */
export type AssetRegistered = Message<
  'AssetRegistered',
  {
    assetId: string;
    articleNo: string;
    serialNumber: string;
    location: string;
    receivedOn: string;
    unitNumber?: string;
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
  | UnitNumberAssigned;

export const assetStream = (assetId: string): string => `asset-${assetId}`;
