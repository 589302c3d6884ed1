import type { ArticleFacts, CommandInput, OrderFacts, References } from '../shared/references.js';

/**
 * `today` is the ISO day in Europe/Stockholm, supplied by the caller. Optional business
 * days (`receivedOn`, `allocatedOn`, …) default to `today` when the HTTP contract has no field for them.
 */
export type RegisterAsset = {
  type: 'RegisterAsset';
  data: {
    assetId: string;
    articleNo: string;
    serialNumber: string;
    location: string;
    receivedOn?: string;
    article: ArticleFacts;
    today: string;
  };
};

/** Allocated to the order's person; the order must still wait for an aid of this article. */
export type AllocateAsset = {
  type: 'AllocateAsset';
  data: { assetId: string; orderId: string; order: OrderFacts; allocatedOn?: string; today: string };
};

/** Without `orderId`, the allocation released is the one the aid has now. */
export type ReleaseAllocation = {
  type: 'ReleaseAllocation';
  data: { assetId: string; orderId?: string; reason: string; releasedOn?: string; today: string };
};

export type DispatchAid = {
  type: 'DispatchAid';
  data: { assetId: string; orderId: string; routeId: string; dispatchedOn?: string; today: string };
};

/** Carries the order's facts so `AidDelivered` needs no join. */
export type DeliverAid = {
  type: 'DeliverAid';
  data: { assetId: string; orderId: string; order: OrderFacts; deliveredOn: string; today: string };
};

export type RecordDeliveryFailure = {
  type: 'RecordDeliveryFailure';
  data: {
    assetId: string;
    orderId: string;
    order: OrderFacts;
    reason: string;
    rescheduledTo: string;
    failedOn?: string;
    today: string;
  };
};

export type ReturnAid = {
  type: 'ReturnAid';
  data: { assetId: string; returnedOn: string; reason: string; today: string };
};

export type ReconditionAid = {
  type: 'ReconditionAid';
  data: { assetId: string; reconditionedOn: string; location: string; today: string };
};

/** `repairId` is chosen by the caller so a retried report is recognised. */
export type ReportRepair = {
  type: 'ReportRepair';
  data: { assetId: string; repairId: string; reportedOn: string; description: string; today: string };
};

export type CompleteRepair = {
  type: 'CompleteRepair';
  data: { assetId: string; repairId: string; completedOn: string; today: string };
};

export type InspectAid = {
  type: 'InspectAid';
  data: { assetId: string; inspectedOn: string; passed: boolean; today: string };
};

export type ScrapAid = {
  type: 'ScrapAid';
  data: { assetId: string; scrappedOn: string; reason: string; today: string };
};

export type AssetCommand =
  | RegisterAsset
  | AllocateAsset
  | ReleaseAllocation
  | DispatchAid
  | DeliverAid
  | RecordDeliveryFailure
  | ReturnAid
  | ReconditionAid
  | ReportRepair
  | CompleteRepair
  | InspectAid
  | ScrapAid;

export const assetCommandReferences: References<AssetCommand> = {
  RegisterAsset: ['article'],
  AllocateAsset: ['order'],
  DeliverAid: ['order'],
  RecordDeliveryFailure: ['order'],
};

export type AssetCommandInput = CommandInput<AssetCommand, 'assetId'>;
