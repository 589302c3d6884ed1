/** Business dates (`…On`, `plannedDeliveryDate`) are ISO days in Europe/Stockholm. */

export type AssetRegistered = {
  type: 'AssetRegistered';
  data: { assetId: string; articleNo: string; serialNumber: string; location: string; receivedOn: string };
};

export type AssetAllocated = {
  type: 'AssetAllocated';
  data: { assetId: string; orderId: string; personId: string; allocatedOn: string };
};

export type AssetAllocationReleased = {
  type: 'AssetAllocationReleased';
  data: { assetId: string; orderId: string; reason: string; releasedOn: string };
};

export type AidDispatched = {
  type: 'AidDispatched';
  data: { assetId: string; orderId: string; routeId: string; dispatchedOn: string };
};

/** Carries the order's planned day, municipality and the route so delivery KPIs need no join. */
export type AidDelivered = {
  type: 'AidDelivered';
  data: {
    assetId: string;
    orderId: string;
    personId: string;
    articleNo: string;
    deliveredOn: string;
    plannedDeliveryDate: string;
    municipality: string;
    routeId: string;
  };
};

/** Back to allocated; `rescheduledTo` is the next attempt's day, the order's planned day stays. */
export type AidDeliveryFailed = {
  type: 'AidDeliveryFailed';
  data: {
    assetId: string;
    orderId: string;
    reason: string;
    failedOn: string;
    rescheduledTo: string;
    plannedDeliveryDate: string;
    municipality: string;
    routeId: string;
  };
};

export type AidReturned = {
  type: 'AidReturned';
  data: { assetId: string; personId: string; orderId: string; returnedOn: string; reason: string };
};

export type AidReconditioned = {
  type: 'AidReconditioned';
  data: { assetId: string; reconditionedOn: string; location: string };
};

export type AidRepairReported = {
  type: 'AidRepairReported';
  data: { assetId: string; repairId: string; reportedOn: string; description: string };
};

export type AidRepaired = {
  type: 'AidRepaired';
  data: { assetId: string; repairId: string; reportedOn: string; completedOn: string };
};

export type AidInspected = {
  type: 'AidInspected';
  data: { assetId: string; inspectedOn: string; passed: boolean };
};

export type AidScrapped = {
  type: 'AidScrapped';
  data: { assetId: string; scrappedOn: string; reason: string };
};

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
  | AidScrapped;

export const assetStream = (assetId: string): string => `asset-${assetId}`;
