import type { Message, Today, WithOptional } from '../shared/decider.js';
import type { ArticleFacts, CommandInput, OrderFacts, References } from '../shared/references.js';
import type {
  AidDispatched,
  AidInspected,
  AidReconditioned,
  AidRepaired,
  AidRepairReported,
  AidReturned,
  AidScrapped,
  AssetAllocationReleased,
  AssetRegistered,
  UnitNumberAssigned,
  PickupCancelled,
  PickupRequested,
  PickupRescheduled,
} from './asset.events.js';

/** Optional business days (`receivedOn`, `allocatedOn`, …) default to `today`. */

/**
 * `unitNumber` is claimed for the aid by the handler before it is received (never chosen by the sender).
 * `lot` and `udiDi` are optional: null or absent when unknown.
 */
export type RegisterAsset = Message<
  'RegisterAsset',
  WithOptional<Required<AssetRegistered['data']>, 'receivedOn' | 'lot' | 'udiDi'> & { article: ArticleFacts } & Today
>;
/**
 * Allocated to the order's person; the order must still wait for an aid of this article. The handler gives the
 * article's facts (its inspection interval); an import of past loans gives none, and records them as they were.
 */
export type AllocateAsset = Message<
  'AllocateAsset',
  { assetId: string; orderId: string; order: OrderFacts; article?: ArticleFacts; allocatedOn?: string } & Today
>;
/** Without `orderId`, the allocation released is the one the aid has now. */
export type ReleaseAllocation = Message<
  'ReleaseAllocation',
  WithOptional<AssetAllocationReleased['data'], 'orderId' | 'releasedOn'> & Today
>;
export type DispatchAid = Message<'DispatchAid', WithOptional<AidDispatched['data'], 'dispatchedOn'> & Today>;
/** Carries the order's facts so `AidDelivered` needs no join. */
export type DeliverAid = Message<
  'DeliverAid',
  { assetId: string; orderId: string; order: OrderFacts; deliveredOn: string } & Today
>;
export type RecordDeliveryFailure = Message<
  'RecordDeliveryFailure',
  {
    assetId: string;
    orderId: string;
    order: OrderFacts;
    reason: string;
    rescheduledTo: string;
    failedOn?: string;
  } & Today
>;
export type ReturnAid = Message<'ReturnAid', Omit<AidReturned['data'], 'personId' | 'orderId'> & Today>;
export type ReconditionAid = Message<'ReconditionAid', AidReconditioned['data'] & Today>;
/** `repairId` is chosen by the caller so a retried report is recognised. */
export type ReportRepair = Message<'ReportRepair', AidRepairReported['data'] & Today>;
export type CompleteRepair = Message<'CompleteRepair', Omit<AidRepaired['data'], 'reportedOn'> & Today>;
export type InspectAid = Message<'InspectAid', AidInspected['data'] & Today>;
export type ScrapAid = Message<'ScrapAid', AidScrapped['data'] & Today>;

// Unit numbers (labels and scanning)
/** Gives an aid received before unit numbers existed the number the handler claimed for it. */
export type AssignUnitNumber = Message<'AssignUnitNumber', Omit<UnitNumberAssigned['data'], 'assignedOn'> & Today>;
// End of unit numbers

// Corrections.

/** Corrects the business date `field` of the event at stream `revision` to `value`. */
export type CorrectBusinessDate = Message<
  'CorrectBusinessDate',
  { assetId: string; revision: number; field: string; value: string; reason: string } & Today
>;
/** Undoes the aid's current delivery for `orderId`: it was registered on the wrong aid. */
export type ReverseDelivery = Message<'ReverseDelivery', { assetId: string; orderId: string; reason: string } & Today>;

// Pickup orders (hämtorder): the loan's person, order and article come from the aid's own state.
export type RequestPickup = Message<
  'RequestPickup',
  Omit<PickupRequested['data'], 'personId' | 'orderId' | 'articleNo'> & Today
>;
/** `rescheduledOn`, the day the new date was agreed, defaults to today. */
export type ReschedulePickup = Message<
  'ReschedulePickup',
  WithOptional<Omit<PickupRescheduled['data'], 'requestedOn'>, 'rescheduledOn'> & Today
>;
export type CancelPickup = Message<
  'CancelPickup',
  WithOptional<Omit<PickupCancelled['data'], 'requestedOn'>, 'cancelledOn'> & Today
>;
export type PickupCommand = RequestPickup | ReschedulePickup | CancelPickup;

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
  | ScrapAid
  | AssignUnitNumber
  | CorrectBusinessDate
  | ReverseDelivery
  | PickupCommand;

export const assetCommandReferences: References<AssetCommand> = {
  RegisterAsset: ['article'],
  // The article is the order's: its inspection interval decides whether the aid may go out.
  AllocateAsset: ['order', 'article'],
  DeliverAid: ['order'],
  RecordDeliveryFailure: ['order'],
};

/** The unit number is the handler's to claim, never the sender's. */
export type AssetCommandInput = CommandInput<AssetCommand, 'assetId' | 'unitNumber'>;
