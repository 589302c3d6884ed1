import { latestDay, requireIsoDay, requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, unreachable, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  AllocateAsset,
  AssetCommand,
  AssignUnitNumber,
  CancelPickup,
  CompleteRepair,
  DeliverAid,
  DispatchAid,
  InspectAid,
  ReconditionAid,
  RecordDeliveryFailure,
  RegisterAsset,
  ReleaseAllocation,
  ReportRepair,
  RequestPickup,
  ReschedulePickup,
  ReturnAid,
  ScrapAid,
  CorrectBusinessDate,
  ReverseDelivery,
} from './asset.commands.js';
import { CORRECTABLE_DATE_FIELDS, type AssetEvent, type CorrectableEventType } from './asset.events.js';
import { isUnitNumber } from './unit-number.js';
import { INSPECTION_MARGIN_DAYS, inspectionDueOn, isInspectionDueWithinMargin } from '../inspection/inspection-due.js';
import type { ArticleFacts } from '../shared/references.js';

type AssetFacts = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  /** Null for an aid received before unit numbers existed, until one is assigned. */
  unitNumber: string | null;
  /** The warehouse the aid is kept at, or left from while in transit or on loan. */
  location: string;
  /** The latest business day recorded in the stream; later ones may not lie before it. */
  lastBusinessDay: string;
  /** repairId → the open repair */
  openRepairs: Readonly<Record<string, { reportedOn: string; description: string }>>;
  /** repairId → completedOn */
  completedRepairs: Readonly<Record<string, string>>;
  lastInspection: { inspectedOn: string; passed: boolean } | null;
  /** By stream revision: the business date of the event there (its latest value), null where it has none. */
  dates: readonly (DatedEvent | null)[];
};

/**
 * What a correction needs of an event: its type, its business date and, for a repair, which one; for an
 * inspection whether it passed (the due day and being out of service follow from these, corrections included).
 */
type DatedEvent = { type: AssetEvent['type']; day: string; repairId?: string; passed?: boolean };

export type AssetState =
  | { status: 'initial' }
  | (AssetFacts & { status: 'ready'; reversedOrderId?: string })
  | (AssetFacts & { status: 'allocated'; orderId: string; personId: string })
  | (AssetFacts & { status: 'inTransit'; orderId: string; personId: string; routeId: string })
  | (AssetFacts & {
      status: 'onLoan';
      orderId: string;
      personId: string;
      routeId: string;
      since: string;
      /** The open pickup request (hämtorder); the return closes it. */
      pickup?: OpenPickup;
    })
  | (AssetFacts & { status: 'awaitingReconditioning'; returnedOn: string; lastPersonId: string })
  | (AssetFacts & { status: 'scrapped'; scrappedOn: string; reason: string });

export type AssetStatus = Exclude<AssetState['status'], 'initial'>;
type RegisteredAsset = Exclude<AssetState, { status: 'initial' }>;

export type OpenRepair = { repairId: string; reportedOn: string; description: string };
export type OpenPickup = { requestedOn: string; plannedPickupDate: string; reason: string };

/** What GET /api/assets/:id shows. `personId` is the person the aid is for or with. */
export type AssetView = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  unitNumber: string | null;
  status: AssetStatus;
  location: string;
  personId?: string;
  orderId?: string;
  routeId?: string;
  /** An aid on loan that the centre is asked to fetch. */
  pickup?: OpenPickup;
  openRepairs: OpenRepair[];
  lastInspection: { inspectedOn: string; passed: boolean } | null;
};

const statusWords: Record<AssetStatus, string> = {
  ready: 'ready',
  allocated: 'allocated to an order',
  inTransit: 'in transit',
  onLoan: 'on loan',
  awaitingReconditioning: 'awaiting reconditioning',
  scrapped: 'scrapped',
};

const refuse = (state: RegisteredAsset, code: string, verb: string): DomainError =>
  new DomainError(code, `Aid is ${statusWords[state.status]}; it cannot be ${verb}`, 'conflict', {
    status: state.status,
  });

const assetNotFound = (assetId: string): DomainError =>
  new DomainError('ASSET.NOT_FOUND', `Asset ${assetId} is not registered`, 'not_found', { assetId });

/** Every command but registration needs a registered aid that is not scrapped. */
const requireInService = (
  state: AssetState,
  assetId: string,
  verb: string,
): Exclude<RegisteredAsset, { status: 'scrapped' }> => {
  if (state.status === 'initial') throw assetNotFound(assetId);
  if (state.status === 'scrapped') throw refuse(state, 'ASSET.SCRAPPED', verb);
  return state;
};

// Inspections: the next one is due the article's interval after the last passed one or the receipt.

/** The day of the last passed inspection, or of the receipt (revision 0) when none passed yet. */
const lastPassedInspectionOrReceipt = (asset: RegisteredAsset): string =>
  asset.dates.findLast((dated) => dated?.type === 'AidInspected' && dated.passed)?.day ?? asset.dates[0]?.day ?? '';

/** Out of service: its latest inspection failed, and no repair was completed since. */
export const isOutOfService = (asset: RegisteredAsset): boolean => {
  const latest = asset.dates.findLast((dated) => dated?.type === 'AidInspected' || dated?.type === 'AidRepaired');
  return latest?.type === 'AidInspected' && latest.passed === false;
};

const requireNotOutOfService = (asset: RegisteredAsset, verb: string): void => {
  if (isOutOfService(asset)) {
    throw new DomainError(
      'ASSET.OUT_OF_SERVICE',
      `Aid failed its latest inspection; it cannot be ${verb} until it passes one or a repair is completed`,
      'conflict',
      { status: asset.status },
    );
  }
};

/** An aid whose inspection falls due within the margin of the allocation day stays home to be inspected first. */
const requireInspectionNotDue = (asset: RegisteredAsset, article: ArticleFacts | undefined, day: string): void => {
  const interval = article?.inspectionIntervalMonths;
  if (!interval) return;
  const dueOn = inspectionDueOn(lastPassedInspectionOrReceipt(asset), interval);
  if (isInspectionDueWithinMargin(dueOn, day)) {
    throw new DomainError(
      'ASSET.INSPECTION_DUE',
      `Aid's inspection is due on ${dueOn}, within ${INSPECTION_MARGIN_DAYS} days of ${day}; inspect it before it is allocated`,
      'conflict',
      { status: asset.status, dueOn },
    );
  }
};

const requireInOrder = (day: string, field: string, state: RegisteredAsset): void =>
  requireNotBefore('ASSET.DATE_BEFORE_PREVIOUS', field, day, state.lastBusinessDay);

const requireSameOrder = (state: RegisteredAsset & { orderId: string }, orderId: string, verb: string): void => {
  if (state.orderId !== orderId) {
    throw new DomainError(
      'ASSET.ALLOCATED_TO_ANOTHER_ORDER',
      `Aid is ${statusWords[state.status]} for another order; it cannot be ${verb} for this one`,
      'conflict',
      { status: state.status },
    );
  }
};

/** Recorded only when known, so aids received without it read as before; given but blank is a mistake. */
const knownText = <K extends 'lot' | 'udiDi'>(
  field: K,
  text: string | null | undefined,
): Partial<Record<K, string>> => {
  if (text === null || text === undefined) return {};
  requireText(field === 'lot' ? 'ASSET.LOT_BLANK' : 'ASSET.UDI_DI_BLANK', field, text);
  return { [field]: text.trim() } as Partial<Record<K, string>>;
};

const register = ({ data }: RegisterAsset, state: AssetState): AssetEvent[] => {
  const receivedOn = data.receivedOn ?? data.today;
  requirePastDay('receivedOn', receivedOn, data.today);
  if (state.status !== 'initial') {
    throw new DomainError('ASSET.ALREADY_REGISTERED', `Asset ${data.assetId} is already registered`, 'conflict', {
      status: state.status,
    });
  }
  if (data.article.kind !== 'individual') {
    throw new DomainError(
      'ARTICLE.NOT_INDIVIDUAL',
      `Article ${data.articleNo} is a consumable; it has no individually marked aids`,
      'conflict',
      { articleNo: data.articleNo },
    );
  }
  requireText('ASSET.SERIAL_NUMBER_REQUIRED', 'serialNumber', data.serialNumber);
  requireText('ASSET.LOCATION_REQUIRED', 'location', data.location);
  requireUnitNumber(data.unitNumber);
  const { assetId, articleNo, serialNumber, location, unitNumber } = data;
  const traceability = { ...knownText('lot', data.lot), ...knownText('udiDi', data.udiDi) };
  return [
    {
      type: 'AssetRegistered',
      data: { assetId, articleNo, serialNumber, location, receivedOn, unitNumber, ...traceability },
    },
  ];
};

const allocate = ({ data }: AllocateAsset, state: AssetState): AssetEvent[] => {
  const { order } = data;
  if (order.status !== 'placed') {
    throw new DomainError('ORDER.NOT_OPEN', `Order is ${order.status}; no aid can be allocated to it`, 'conflict', {
      status: order.status,
    });
  }
  const allocatedOn = data.allocatedOn ?? data.today;
  requirePastDay('allocatedOn', allocatedOn, data.today);
  const asset = requireInService(state, data.assetId, 'allocated');
  // Allocating again to the order it already serves does nothing, unless it names another day.
  if ('orderId' in asset && asset.orderId === data.orderId) {
    const revision = lastRevisionOf(asset.dates, 'AssetAllocated');
    const day = asset.dates[revision]?.day ?? allocatedOn;
    if (data.allocatedOn === undefined || data.allocatedOn === day) return [];
    throw new DomainError(
      'ASSET.ALREADY_ALLOCATED',
      `Aid was already allocated to this order on ${day} (revision ${revision})`,
      'conflict',
      {
        status: asset.status,
        day,
        revision,
      },
    );
  }
  if (asset.status === 'allocated') throw refuse(asset, 'ASSET.ALREADY_ALLOCATED', 'allocated to another order');
  if (asset.status !== 'ready') throw refuse(asset, 'ASSET.NOT_READY', 'allocated');
  if (asset.articleNo !== order.articleNo) {
    throw new DomainError(
      'ASSET.WRONG_ARTICLE',
      `Aid is article ${asset.articleNo}; the order is for article ${order.articleNo}`,
      'conflict',
      { articleNo: asset.articleNo },
    );
  }
  requireInOrder(allocatedOn, 'allocatedOn', asset);
  requireNotOutOfService(asset, 'allocated');
  requireInspectionNotDue(asset, data.article, allocatedOn);
  const { assetId, orderId } = data;
  return [{ type: 'AssetAllocated', data: { assetId, orderId, personId: order.personId, allocatedOn } }];
};

const release = ({ data }: ReleaseAllocation, state: AssetState): AssetEvent[] => {
  const releasedOn = data.releasedOn ?? data.today;
  requirePastDay('releasedOn', releasedOn, data.today);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireInService(state, data.assetId, 'released');
  if (asset.status !== 'allocated') throw refuse(asset, 'ASSET.NOT_ALLOCATED', 'released from an allocation');
  const orderId = data.orderId ?? asset.orderId;
  requireSameOrder(asset, orderId, 'released');
  requireInOrder(releasedOn, 'releasedOn', asset);
  const { assetId, reason } = data;
  return [{ type: 'AssetAllocationReleased', data: { assetId, orderId, reason, releasedOn } }];
};

const dispatch = ({ data }: DispatchAid, state: AssetState): AssetEvent[] => {
  const dispatchedOn = data.dispatchedOn ?? data.today;
  requirePastDay('dispatchedOn', dispatchedOn, data.today);
  requireText('ASSET.ROUTE_REQUIRED', 'routeId', data.routeId);
  const asset = requireInService(state, data.assetId, 'dispatched');
  // Loading the same aid on the same route for the same order again does nothing, unless it names another day.
  if (asset.status === 'inTransit' && asset.orderId === data.orderId && asset.routeId === data.routeId) {
    const revision = lastRevisionOf(asset.dates, 'AidDispatched');
    const day = asset.dates[revision]?.day ?? dispatchedOn;
    if (data.dispatchedOn === undefined || data.dispatchedOn === day) return [];
    throw new DomainError(
      'ASSET.ALREADY_DISPATCHED',
      `Aid was already dispatched on ${day} (revision ${revision})`,
      'conflict',
      {
        status: asset.status,
        day,
        revision,
      },
    );
  }
  if (asset.status !== 'allocated') throw refuse(asset, 'ASSET.NOT_ALLOCATED', 'dispatched');
  requireSameOrder(asset, data.orderId, 'dispatched');
  requireInOrder(dispatchedOn, 'dispatchedOn', asset);
  const { assetId, orderId, routeId } = data;
  return [{ type: 'AidDispatched', data: { assetId, orderId, routeId, dispatchedOn } }];
};

const deliver = ({ data }: DeliverAid, state: AssetState): AssetEvent[] => {
  const { order } = data;
  requirePastDay('deliveredOn', data.deliveredOn, data.today);
  requireIsoDay('plannedDeliveryDate', order.plannedDeliveryDate);
  const asset = requireInService(state, data.assetId, 'delivered');
  if (asset.status === 'onLoan') {
    if (asset.personId !== order.personId) {
      throw new DomainError(
        'ASSET.WITH_ANOTHER_PERSON',
        'Aid is on loan to another person; it cannot be delivered to this person',
        'conflict',
        { status: asset.status },
      );
    }
    if (asset.orderId !== data.orderId) throw refuse(asset, 'ASSET.ON_LOAN', 'delivered again');
    // Delivering the same order to the same person on the same day again does nothing; on another day it is a correction.
    if (asset.since === data.deliveredOn) return [];
    const revision = lastRevisionOf(asset.dates, 'AidDelivered');
    throw alreadyRecorded('ASSET.ALREADY_DELIVERED', 'delivered', 'deliveredOn', asset.since, revision, asset.assetId);
  }
  // Only a dispatched aid is delivered: the delivery KPI groups by the dispatch route.
  if (asset.status !== 'inTransit') throw refuse(asset, 'ASSET.NOT_IN_TRANSIT', 'delivered before it is dispatched');
  requireSameOrder(asset, data.orderId, 'delivered');
  requireNotOutOfService(asset, 'delivered');
  if (asset.personId !== order.personId) {
    throw new DomainError(
      'ASSET.WITH_ANOTHER_PERSON',
      'Aid is in transit to another person; it cannot be delivered to this person',
      'conflict',
      { status: asset.status },
    );
  }
  requireInOrder(data.deliveredOn, 'deliveredOn', asset);
  const { assetId, orderId, deliveredOn } = data;
  const { personId, plannedDeliveryDate, municipality } = order;
  return [
    {
      type: 'AidDelivered',
      data: {
        assetId,
        orderId,
        personId,
        articleNo: asset.articleNo,
        deliveredOn,
        plannedDeliveryDate,
        municipality,
        routeId: asset.routeId,
      },
    },
  ];
};

const recordDeliveryFailure = ({ data }: RecordDeliveryFailure, state: AssetState): AssetEvent[] => {
  const failedOn = data.failedOn ?? data.today;
  requirePastDay('failedOn', failedOn, data.today);
  requireIsoDay('rescheduledTo', data.rescheduledTo);
  requireIsoDay('plannedDeliveryDate', data.order.plannedDeliveryDate);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  if (data.rescheduledTo < failedOn) {
    throw new DomainError(
      'ASSET.RESCHEDULED_BEFORE_FAILURE',
      `rescheduledTo ${data.rescheduledTo} lies before the failed attempt on ${failedOn}`,
      'invalid',
      { field: 'rescheduledTo' },
    );
  }
  const asset = requireInService(state, data.assetId, 'recorded as failed to deliver');
  if (asset.status !== 'inTransit') throw refuse(asset, 'ASSET.NOT_IN_TRANSIT', 'recorded as failed to deliver');
  requireSameOrder(asset, data.orderId, 'recorded as failed to deliver');
  requireInOrder(failedOn, 'failedOn', asset);
  const { assetId, orderId, reason, rescheduledTo } = data;
  const { plannedDeliveryDate, municipality } = data.order;
  return [
    {
      type: 'AidDeliveryFailed',
      data: {
        assetId,
        orderId,
        reason,
        failedOn,
        rescheduledTo,
        plannedDeliveryDate,
        municipality,
        routeId: asset.routeId,
      },
    },
  ];
};

const returnAid = ({ data }: ReturnAid, state: AssetState): AssetEvent[] => {
  requirePastDay('returnedOn', data.returnedOn, data.today);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireInService(state, data.assetId, 'returned');
  if (asset.status === 'awaitingReconditioning') {
    // The return just recorded, sent again: the same day does nothing, another day is a correction.
    if (asset.returnedOn === data.returnedOn) return [];
    const revision = lastRevisionOf(asset.dates, 'AidReturned');
    throw alreadyRecorded(
      'ASSET.ALREADY_RETURNED',
      'returned',
      'returnedOn',
      asset.returnedOn,
      revision,
      asset.assetId,
    );
  }
  if (asset.status !== 'onLoan') throw refuse(asset, 'ASSET.NOT_ON_LOAN', 'returned');
  requireInOrder(data.returnedOn, 'returnedOn', asset);
  const { assetId, returnedOn, reason } = data;
  return [
    { type: 'AidReturned', data: { assetId, personId: asset.personId, orderId: asset.orderId, returnedOn, reason } },
  ];
};

const recondition = ({ data }: ReconditionAid, state: AssetState): AssetEvent[] => {
  requirePastDay('reconditionedOn', data.reconditionedOn, data.today);
  requireText('ASSET.LOCATION_REQUIRED', 'location', data.location);
  const asset = requireInService(state, data.assetId, 'reconditioned');
  if (asset.status === 'onLoan') throw refuse(asset, 'ASSET.ON_LOAN', 'reconditioned; only a returned aid can be');
  if (asset.status !== 'awaitingReconditioning') {
    throw refuse(asset, 'ASSET.NOT_AWAITING_RECONDITIONING', 'reconditioned; only a returned aid can be');
  }
  requireInOrder(data.reconditionedOn, 'reconditionedOn', asset);
  const { assetId, reconditionedOn, location } = data;
  return [{ type: 'AidReconditioned', data: { assetId, reconditionedOn, location } }];
};

const reportRepair = ({ data }: ReportRepair, state: AssetState): AssetEvent[] => {
  requirePastDay('reportedOn', data.reportedOn, data.today);
  requireText('REPAIR.DESCRIPTION_REQUIRED', 'description', data.description);
  const asset = requireInService(state, data.assetId, 'reported for repair');
  const reported = reportOf(asset, data.repairId);
  if (reported) {
    // A retried report with the same repairId and day does nothing; another day is a correction.
    if (reported.day === data.reportedOn) return [];
    throw alreadyRecorded(
      'REPAIR.ALREADY_REPORTED',
      'reported for this repair',
      'reportedOn',
      reported.day,
      reported.revision,
      asset.assetId,
    );
  }
  if (asset.status === 'inTransit') throw refuse(asset, 'ASSET.IN_TRANSIT', 'reported for repair');
  requireInOrder(data.reportedOn, 'reportedOn', asset);
  const { assetId, repairId, reportedOn, description } = data;
  return [{ type: 'AidRepairReported', data: { assetId, repairId, reportedOn, description } }];
};

const completeRepair = ({ data }: CompleteRepair, state: AssetState): AssetEvent[] => {
  requirePastDay('completedOn', data.completedOn, data.today);
  const asset = requireInService(state, data.assetId, 'repaired');
  const completedOn = asset.completedRepairs[data.repairId];
  if (completedOn !== undefined) {
    if (completedOn === data.completedOn) return [];
    const revision = asset.dates.findLastIndex(
      (dated) => dated?.type === 'AidRepaired' && dated.repairId === data.repairId,
    );
    throw alreadyRecorded('REPAIR.ALREADY_COMPLETED', 'repaired', 'completedOn', completedOn, revision, asset.assetId);
  }
  const reportedOn = asset.openRepairs[data.repairId]?.reportedOn;
  if (reportedOn === undefined) {
    throw new DomainError('REPAIR.NOT_FOUND', `No repair ${data.repairId} is reported on this aid`, 'not_found', {
      repairId: data.repairId,
    });
  }
  requireInOrder(data.completedOn, 'completedOn', asset);
  const { assetId, repairId } = data;
  return [{ type: 'AidRepaired', data: { assetId, repairId, reportedOn, completedOn: data.completedOn } }];
};

const inspect = ({ data }: InspectAid, state: AssetState): AssetEvent[] => {
  requirePastDay('inspectedOn', data.inspectedOn, data.today);
  const asset = requireInService(state, data.assetId, 'inspected');
  // The inspection just recorded, sent again, does nothing; the same day with another result is refused.
  const revision = asset.dates.findLastIndex((dated) => dated !== null);
  const latest = asset.dates[revision];
  if (latest?.type === 'AidInspected' && latest.day === data.inspectedOn) {
    if (latest.passed === data.passed) return [];
    throw new DomainError(
      'ASSET.ALREADY_INSPECTED',
      `Aid was already inspected on ${latest.day} (revision ${revision}) and ${latest.passed ? 'passed' : 'failed'}; ` +
        'a later inspection, or a repair and then an inspection, records another result',
      'conflict',
      { day: latest.day, revision, passed: latest.passed ?? false },
    );
  }
  requireInOrder(data.inspectedOn, 'inspectedOn', asset);
  const { assetId, inspectedOn, passed } = data;
  return [{ type: 'AidInspected', data: { assetId, inspectedOn, passed } }];
};

const scrap = ({ data }: ScrapAid, state: AssetState): AssetEvent[] => {
  requirePastDay('scrappedOn', data.scrappedOn, data.today);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireInService(state, data.assetId, 'scrapped again');
  if (asset.status === 'onLoan') throw refuse(asset, 'ASSET.ON_LOAN', 'scrapped');
  if (asset.status === 'inTransit') throw refuse(asset, 'ASSET.IN_TRANSIT', 'scrapped');
  // The order would be left waiting for an aid that no longer exists: release it first.
  if (asset.status === 'allocated')
    throw refuse(asset, 'ASSET.ALLOCATED', 'scrapped before its allocation is released');
  requireInOrder(data.scrappedOn, 'scrappedOn', asset);
  const { assetId, scrappedOn, reason } = data;
  return [{ type: 'AidScrapped', data: { assetId, scrappedOn, reason } }];
};

// Unit numbers (labels and scanning)
const requireUnitNumber = (unitNumber: string): void => {
  if (!isUnitNumber(unitNumber))
    throw new DomainError('ASSET.INVALID_UNIT_NUMBER', `${unitNumber} is not a unit number`, 'invalid', {
      field: 'unitNumber',
    });
};

/** An aid keeps the unit number on its label for life: a second one is refused, the same one does nothing. */
const assignUnitNumber = ({ data }: AssignUnitNumber, state: AssetState): AssetEvent[] => {
  if (state.status === 'initial') throw assetNotFound(data.assetId);
  requireUnitNumber(data.unitNumber);
  if (state.unitNumber === data.unitNumber) return [];
  if (state.unitNumber !== null) {
    throw new DomainError('ASSET.UNIT_NUMBER_ASSIGNED', `Aid already has unit number ${state.unitNumber}`, 'conflict', {
      unitNumber: state.unitNumber,
    });
  }
  const { assetId, unitNumber } = data;
  return [
    {
      type: 'UnitNumberAssigned',
      data: { assetId, unitNumber, assignedOn: latestDay(state.lastBusinessDay, data.today) },
    },
  ];
};
// End of unit numbers

// Corrections: rules for correcting a business date and reversing a delivery.

const datedOf = (event: AssetEvent): DatedEvent | null => {
  const day = businessDateOf(event);
  if (day === null) return null;
  if (event.type === 'AidInspected') return { type: event.type, day, passed: event.data.passed };
  return 'repairId' in event.data
    ? { type: event.type, day, repairId: event.data.repairId }
    : { type: event.type, day };
};

const latestDayOf = (dates: readonly (DatedEvent | null)[]): string =>
  dates.reduce((latest, dated) => (dated && dated.day > latest ? dated.day : latest), '');

const lastRevisionOf = (dates: readonly (DatedEvent | null)[], type: AssetEvent['type']): number =>
  dates.findLastIndex((dated) => dated?.type === type);

const isCorrectable = (type: AssetEvent['type']): type is CorrectableEventType => type in CORRECTABLE_DATE_FIELDS;

/** A repeat of a recorded fact with another day: the day is corrected, not recorded again. */
const alreadyRecorded = (
  code: string,
  what: string,
  field: string,
  day: string,
  revision: number,
  assetId: string,
): DomainError =>
  new DomainError(
    code,
    `Aid was already ${what} on ${day} (revision ${revision}); to change the day, correct it: ` +
      `POST /api/assets/${assetId}/corrections with revision ${revision} and field ${field}`,
    'conflict',
    { day, revision, correction: field },
  );

/** The state once the date at `revision` reads `to`: what the aid shows now follows its latest events. */
const corrected = (
  state: RegisteredAsset,
  { revision, eventType, to, repairId }: { revision: number; eventType: string; to: string; repairId?: string },
): RegisteredAsset => {
  const dates = state.dates.map((dated, at) => (at === revision && dated ? { ...dated, day: to } : dated));
  const next = { ...state, dates, lastBusinessDay: latestDayOf(dates) };
  const isLatest = lastRevisionOf(dates, eventType as AssetEvent['type']) === revision;
  if (next.status === 'onLoan' && eventType === 'AidDelivered' && isLatest) return { ...next, since: to };
  if (next.status === 'awaitingReconditioning' && eventType === 'AidReturned' && isLatest)
    return { ...next, returnedOn: to };
  if (eventType === 'AidRepairReported' && repairId !== undefined && repairId in next.openRepairs) {
    const openRepairs = { ...next.openRepairs, [repairId]: { ...next.openRepairs[repairId]!, reportedOn: to } };
    return { ...next, openRepairs };
  }
  if (eventType === 'AidRepaired' && repairId !== undefined && repairId in next.completedRepairs)
    return { ...next, completedRepairs: { ...next.completedRepairs, [repairId]: to } };
  if (eventType === 'AidInspected' && isLatest && next.lastInspection)
    return { ...next, lastInspection: { ...next.lastInspection, inspectedOn: to } };
  return next;
};

const correctDate = ({ data }: CorrectBusinessDate, state: AssetState): AssetEvent[] => {
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  requirePastDay('value', data.value, data.today);
  // A scrapped aid's history is corrected too: its dates count in the KPIs and the bills.
  if (state.status === 'initial') throw assetNotFound(data.assetId);
  const dated = Number.isSafeInteger(data.revision) ? state.dates[data.revision] : undefined;
  if (!dated || !isCorrectable(dated.type) || CORRECTABLE_DATE_FIELDS[dated.type] !== data.field) {
    throw new DomainError(
      'ASSET.NO_SUCH_DATE',
      `Revision ${data.revision} of this aid is no event with the business date ${data.field}`,
      'conflict',
      { revision: data.revision, field: data.field },
    );
  }
  // Correcting to the day it already says does nothing.
  if (dated.day === data.value) return [];
  const before = state.dates.slice(0, data.revision).findLast((other) => other !== null);
  const after = state.dates.slice(data.revision + 1).find((other) => other !== null);
  requireNotBefore('ASSET.DATE_BEFORE_PREVIOUS', data.field, data.value, before?.day ?? null);
  if (after && data.value > after.day) {
    throw new DomainError(
      'ASSET.DATE_AFTER_NEXT',
      `${data.field} ${data.value} lies after ${after.day}, the business date of a later event of this aid`,
      'conflict',
      { field: data.field, day: data.value, nextDay: after.day },
    );
  }
  const { assetId, revision, value: to, reason } = data;
  return [
    {
      type: 'BusinessDateCorrected',
      data: {
        assetId,
        revision,
        eventType: dated.type,
        field: CORRECTABLE_DATE_FIELDS[dated.type],
        from: dated.day,
        to,
        reason,
        ...(dated.repairId === undefined ? {} : { repairId: dated.repairId }),
      },
    },
  ];
};

/** The report of a repair (open or completed), with the revision and the latest day of its AidRepairReported. */
const reportOf = (asset: RegisteredAsset, repairId: string): { day: string; revision: number } | null => {
  const revision = asset.dates.findLastIndex(
    (dated) => dated?.type === 'AidRepairReported' && dated.repairId === repairId,
  );
  const day = asset.dates[revision]?.day;
  return day === undefined ? null : { day, revision };
};

const reverseDelivery = ({ data }: ReverseDelivery, state: AssetState): AssetEvent[] => {
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireInService(state, data.assetId, 'reversed from a delivery');
  // Reversing the delivery just reversed does nothing.
  if (asset.status === 'ready' && asset.reversedOrderId === data.orderId) return [];
  if (asset.status !== 'onLoan') throw refuse(asset, 'ASSET.NOT_ON_LOAN', 'reversed from a delivery');
  requireSameOrder(asset, data.orderId, 'reversed from a delivery');
  const revision = lastRevisionOf(asset.dates, 'AidDelivered');
  const later = asset.dates.findIndex((dated, at) => at > revision && dated !== null);
  if (later !== -1) {
    throw new DomainError(
      'ASSET.DELIVERY_NOT_LATEST',
      `Aid is on loan, and revision ${later} was recorded after its delivery; only a delivery with nothing after it can be reversed`,
      'conflict',
      { status: asset.status, revision: later },
    );
  }
  const { assetId, orderId, reason } = data;
  return [
    {
      type: 'AidDeliveryReversed',
      data: {
        assetId,
        orderId,
        personId: asset.personId,
        articleNo: asset.articleNo,
        revision,
        deliveredOn: asset.since,
        location: asset.location,
        reason,
      },
    },
  ];
};

// Pickup orders (hämtorder): one open request per aid on loan; the return closes it.

const requirePlannedNotBeforeRequest = (plannedPickupDate: string, requestedOn: string): void => {
  if (plannedPickupDate < requestedOn) {
    throw new DomainError(
      'PICKUP.PLANNED_BEFORE_REQUEST',
      `plannedPickupDate ${plannedPickupDate} lies before the request on ${requestedOn}`,
      'invalid',
      { field: 'plannedPickupDate' },
    );
  }
};

const requireOpenPickup = (
  state: AssetState,
  assetId: string,
  verb: string,
): Extract<AssetState, { status: 'onLoan' }> & { pickup: OpenPickup } => {
  const asset = requireInService(state, assetId, verb);
  if (asset.status !== 'onLoan') throw refuse(asset, 'ASSET.NOT_ON_LOAN', verb);
  if (!asset.pickup) {
    throw new DomainError(
      'PICKUP.NOT_REQUESTED',
      `No pickup is requested for this aid; it cannot be ${verb}`,
      'conflict',
      {
        status: asset.status,
      },
    );
  }
  return { ...asset, pickup: asset.pickup };
};

const requestPickup = ({ data }: RequestPickup, state: AssetState): AssetEvent[] => {
  requirePastDay('requestedOn', data.requestedOn, data.today);
  requireIsoDay('plannedPickupDate', data.plannedPickupDate);
  requirePlannedNotBeforeRequest(data.plannedPickupDate, data.requestedOn);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireInService(state, data.assetId, 'picked up');
  if (asset.status !== 'onLoan') throw refuse(asset, 'ASSET.NOT_ON_LOAN', 'picked up');
  const { requestedOn, plannedPickupDate, reason } = data;
  if (asset.pickup) {
    const open = asset.pickup;
    // The same request again does nothing; another while one is open is refused.
    if (open.requestedOn === requestedOn && open.plannedPickupDate === plannedPickupDate && open.reason === reason)
      return [];
    throw new DomainError(
      'PICKUP.ALREADY_REQUESTED',
      `A pickup requested on ${open.requestedOn} is planned for ${open.plannedPickupDate}; reschedule or cancel it`,
      'conflict',
      { status: asset.status, requestedOn: open.requestedOn, plannedPickupDate: open.plannedPickupDate },
    );
  }
  requireInOrder(requestedOn, 'requestedOn', asset);
  const { assetId } = data;
  const { personId, orderId, articleNo } = asset;
  return [
    {
      type: 'PickupRequested',
      data: { assetId, personId, orderId, articleNo, requestedOn, plannedPickupDate, reason },
    },
  ];
};

const reschedulePickup = ({ data }: ReschedulePickup, state: AssetState): AssetEvent[] => {
  const rescheduledOn = data.rescheduledOn ?? data.today;
  requirePastDay('rescheduledOn', rescheduledOn, data.today);
  requireIsoDay('plannedPickupDate', data.plannedPickupDate);
  const asset = requireOpenPickup(state, data.assetId, 'rescheduled for pickup');
  const { requestedOn } = asset.pickup;
  // Agreeing the day already planned does nothing.
  if (asset.pickup.plannedPickupDate === data.plannedPickupDate) return [];
  requirePlannedNotBeforeRequest(data.plannedPickupDate, requestedOn);
  requireInOrder(rescheduledOn, 'rescheduledOn', asset);
  const { assetId, plannedPickupDate } = data;
  return [{ type: 'PickupRescheduled', data: { assetId, requestedOn, plannedPickupDate, rescheduledOn } }];
};

const cancelPickup = ({ data }: CancelPickup, state: AssetState): AssetEvent[] => {
  const cancelledOn = data.cancelledOn ?? data.today;
  requirePastDay('cancelledOn', cancelledOn, data.today);
  requireText('ASSET.REASON_REQUIRED', 'reason', data.reason);
  const asset = requireOpenPickup(state, data.assetId, 'taken off the pickup list');
  requireInOrder(cancelledOn, 'cancelledOn', asset);
  const { assetId, reason } = data;
  return [{ type: 'PickupCancelled', data: { assetId, requestedOn: asset.pickup.requestedOn, reason, cancelledOn } }];
};

const decide = byType<AssetCommand, AssetState, AssetEvent[]>({
  RegisterAsset: register,
  AllocateAsset: allocate,
  ReleaseAllocation: release,
  DispatchAid: dispatch,
  DeliverAid: deliver,
  RecordDeliveryFailure: recordDeliveryFailure,
  ReturnAid: returnAid,
  ReconditionAid: recondition,
  ReportRepair: reportRepair,
  CompleteRepair: completeRepair,
  InspectAid: inspect,
  ScrapAid: scrap,
  AssignUnitNumber: assignUnitNumber,
  RequestPickup: requestPickup,
  ReschedulePickup: reschedulePickup,
  CancelPickup: cancelPickup,
  CorrectBusinessDate: correctDate,
  ReverseDelivery: reverseDelivery,
});

const factsOf = (asset: RegisteredAsset, day: string): AssetFacts => ({
  assetId: asset.assetId,
  articleNo: asset.articleNo,
  serialNumber: asset.serialNumber,
  unitNumber: asset.unitNumber,
  location: asset.location,
  lastBusinessDay: latestDay(asset.lastBusinessDay, day),
  openRepairs: asset.openRepairs,
  completedRepairs: asset.completedRepairs,
  lastInspection: asset.lastInspection,
  dates: asset.dates,
});

const evolve = (state: AssetState, event: AssetEvent): AssetState => {
  if (event.type === 'AssetRegistered') {
    const { assetId, articleNo, serialNumber, location, receivedOn, unitNumber } = event.data;
    return {
      status: 'ready',
      assetId,
      articleNo,
      serialNumber,
      unitNumber: unitNumber ?? null,
      location,
      lastBusinessDay: receivedOn,
      openRepairs: {},
      completedRepairs: {},
      lastInspection: null,
      dates: [datedOf(event)],
    };
  }
  // Events of an unregistered aid cannot occur in a stream written by `decide`.
  if (state.status === 'initial') return state;
  const next = transition(state, event);
  return { ...next, dates: [...next.dates, datedOf(event)] };
};

const transition = (state: RegisteredAsset, event: AssetEvent): RegisteredAsset => {
  switch (event.type) {
    case 'AssetRegistered':
      return state;
    case 'AssetAllocated': {
      const { orderId, personId, allocatedOn } = event.data;
      return { ...factsOf(state, allocatedOn), status: 'allocated', orderId, personId };
    }
    case 'AssetAllocationReleased':
      return { ...factsOf(state, event.data.releasedOn), status: 'ready' };
    case 'AidDispatched': {
      const { orderId, routeId, dispatchedOn } = event.data;
      const personId = 'personId' in state ? state.personId : '';
      return { ...factsOf(state, dispatchedOn), status: 'inTransit', orderId, personId, routeId };
    }
    case 'AidDelivered': {
      const { orderId, personId, routeId, deliveredOn } = event.data;
      return { ...factsOf(state, deliveredOn), status: 'onLoan', orderId, personId, routeId, since: deliveredOn };
    }
    case 'AidDeliveryFailed': {
      const personId = 'personId' in state ? state.personId : '';
      return { ...factsOf(state, event.data.failedOn), status: 'allocated', orderId: event.data.orderId, personId };
    }
    case 'AidReturned': {
      const { personId, returnedOn } = event.data;
      return { ...factsOf(state, returnedOn), status: 'awaitingReconditioning', returnedOn, lastPersonId: personId };
    }
    case 'AidReconditioned': {
      const { reconditionedOn, location } = event.data;
      return { ...factsOf(state, reconditionedOn), location, status: 'ready' };
    }
    case 'AidRepairReported': {
      const { repairId, reportedOn, description } = event.data;
      return {
        ...state,
        ...factsOf(state, reportedOn),
        openRepairs: { ...state.openRepairs, [repairId]: { reportedOn, description } },
      };
    }
    case 'AidRepaired': {
      const { repairId, completedOn } = event.data;
      const { [repairId]: _completed, ...openRepairs } = state.openRepairs;
      return {
        ...state,
        ...factsOf(state, completedOn),
        openRepairs,
        completedRepairs: { ...state.completedRepairs, [repairId]: completedOn },
      };
    }
    case 'AidInspected': {
      const { inspectedOn, passed } = event.data;
      return { ...state, ...factsOf(state, inspectedOn), lastInspection: { inspectedOn, passed } };
    }
    case 'AidScrapped': {
      const { scrappedOn, reason } = event.data;
      return { ...factsOf(state, scrappedOn), status: 'scrapped', scrappedOn, reason };
    }
    case 'UnitNumberAssigned':
      return { ...state, unitNumber: event.data.unitNumber };
    case 'BusinessDateCorrected':
      return corrected(state, event.data);
    case 'AidDeliveryReversed': {
      const dates = state.dates.map((dated, revision) => (revision === event.data.revision ? null : dated));
      const facts = { ...factsOf(state, ''), dates, lastBusinessDay: latestDayOf(dates) };
      return { ...facts, status: 'ready', reversedOrderId: event.data.orderId };
    }
    case 'PickupRequested': {
      if (state.status !== 'onLoan') return state;
      const { requestedOn, plannedPickupDate, reason } = event.data;
      return { ...state, ...factsOf(state, requestedOn), pickup: { requestedOn, plannedPickupDate, reason } };
    }
    case 'PickupRescheduled': {
      if (state.status !== 'onLoan' || !state.pickup) return state;
      const { plannedPickupDate, rescheduledOn } = event.data;
      return { ...state, ...factsOf(state, rescheduledOn), pickup: { ...state.pickup, plannedPickupDate } };
    }
    case 'PickupCancelled': {
      if (state.status !== 'onLoan') return state;
      const { pickup: _cancelled, ...loan } = state;
      return { ...loan, ...factsOf(state, event.data.cancelledOn) };
    }
    default:
      return unreachable(event, 'asset event');
  }
};

/** The day people say an event happened, as opposed to when the system recorded it; corrections and labels have none. */
const businessDates = byType<AssetEvent, void, string | null>({
  AssetRegistered: ({ data }) => data.receivedOn,
  AssetAllocated: ({ data }) => data.allocatedOn,
  AssetAllocationReleased: ({ data }) => data.releasedOn,
  AidDispatched: ({ data }) => data.dispatchedOn,
  AidDelivered: ({ data }) => data.deliveredOn,
  AidDeliveryFailed: ({ data }) => data.failedOn,
  AidReturned: ({ data }) => data.returnedOn,
  AidReconditioned: ({ data }) => data.reconditionedOn,
  AidRepairReported: ({ data }) => data.reportedOn,
  AidRepaired: ({ data }) => data.completedOn,
  AidInspected: ({ data }) => data.inspectedOn,
  AidScrapped: ({ data }) => data.scrappedOn,
  // A unit number is a label, not something people say happened on a day: it bounds no other date.
  UnitNumberAssigned: () => null,
  PickupRequested: ({ data }) => data.requestedOn,
  PickupRescheduled: ({ data }) => data.rescheduledOn,
  PickupCancelled: ({ data }) => data.cancelledOn,
  BusinessDateCorrected: () => null,
  AidDeliveryReversed: () => null,
});
export const businessDateOf = (event: AssetEvent): string | null => businessDates(event, undefined);

export const assetDecider: Decider<AssetCommand, AssetEvent, AssetState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide,
};

/** The aid as GET /api/assets/:id shows it; null before registration. */
export const assetView = (state: AssetState): AssetView | null => {
  if (state.status === 'initial') return null;
  const view: AssetView = {
    assetId: state.assetId,
    articleNo: state.articleNo,
    serialNumber: state.serialNumber,
    unitNumber: state.unitNumber,
    status: state.status,
    location: state.location,
    openRepairs: Object.entries(state.openRepairs).map(([repairId, repair]) => ({ repairId, ...repair })),
    lastInspection: state.lastInspection,
  };
  switch (state.status) {
    case 'allocated':
      return { ...view, orderId: state.orderId, personId: state.personId };
    case 'inTransit':
      return { ...view, orderId: state.orderId, personId: state.personId, routeId: state.routeId };
    case 'onLoan': {
      const { orderId, personId, routeId, pickup } = state;
      return { ...view, orderId, personId, routeId, ...(pickup ? { pickup } : {}) };
    }
    case 'ready':
    case 'awaitingReconditioning':
    case 'scrapped':
      return view;
    default:
      return unreachable(state, 'asset state');
  }
};
