import { addDays, DomainError } from '@aidledger/domain';
import {
  findAidHolders,
  findInspectionsDue,
  findPastLifetime,
  type AidHolderItem,
  type InspectionDueItem,
  type ReadModelDb,
} from '@aidledger/projections';
import { todayInStockholm } from '../clock/clock.js';

/** How far ahead the due list looks by default. */
export const DUE_LIST_DAYS_AHEAD = 30;

export const readInspectionsDue = async (
  db: ReadModelDb,
  query: { before?: string; municipality?: string },
): Promise<{ before: string; items: InspectionDueItem[] }> => {
  const today = todayInStockholm();
  const before = query.before ?? addDays(today, DUE_LIST_DAYS_AHEAD);
  const { items } = await findInspectionsDue(db, { before, today, municipality: query.municipality });
  return { before, items };
};

export const readPastLifetime = (db: ReadModelDb) => findPastLifetime(db, todayInStockholm());

/** An instant is read as its day in Stockholm: holdings begin and end on business days. */
const dayOf = (asOf: string): string => {
  if (asOf.length === 10) return asOf;
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime()))
    throw new DomainError('ASSET.INVALID_AS_OF', 'asOf is neither a day nor an instant', 'invalid', { field: 'asOf' });
  return todayInStockholm(instant);
};

export const readAidHolders = async (
  db: ReadModelDb,
  query: { articleNo: string; lot?: string; serialFrom?: string; serialTo?: string; asOf?: string },
): Promise<{ onDay: string | null; items: AidHolderItem[] }> => {
  const { articleNo, lot, serialFrom, serialTo, asOf } = query;
  if (serialFrom !== undefined && serialTo !== undefined && serialFrom > serialTo) {
    throw new DomainError('ASSET.SERIAL_RANGE_REVERSED', 'serialFrom lies after serialTo', 'invalid', {
      field: 'serialTo',
    });
  }
  const onDay = asOf === undefined ? null : dayOf(asOf);
  const selection = { articleNo, ...(lot ? { lots: [lot] } : {}), serialFrom, serialTo };
  const { items } = await findAidHolders(db, selection, onDay ?? undefined);
  return { onDay, items };
};
