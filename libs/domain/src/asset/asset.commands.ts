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
    today: string;
  };
};

/** The handler reads the order and passes its person and article. */
export type AllocateAsset = {
  type: 'AllocateAsset';
  data: { assetId: string; orderId: string; personId: string; articleNo: string; allocatedOn?: string; today: string };
};

export type ReleaseAllocation = {
  type: 'ReleaseAllocation';
  data: { assetId: string; orderId: string; reason: string; releasedOn?: string; today: string };
};

export type DispatchAid = {
  type: 'DispatchAid';
  data: { assetId: string; orderId: string; routeId: string; dispatchedOn?: string; today: string };
};

/** Carries the order's facts (read by the handler) so `AidDelivered` needs no join. */
export type DeliverAid = {
  type: 'DeliverAid';
  data: {
    assetId: string;
    orderId: string;
    personId: string;
    plannedDeliveryDate: string;
    municipality: string;
    deliveredOn: string;
    today: string;
  };
};

export type RecordDeliveryFailure = {
  type: 'RecordDeliveryFailure';
  data: {
    assetId: string;
    orderId: string;
    reason: string;
    rescheduledTo: string;
    plannedDeliveryDate: string;
    municipality: string;
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
