import { accessLogStream, addDays } from '@aidledger/domain';
import { hashEvent } from '@aidledger/event-store';
import { lastProjectedRevision, type AccessLogFilter } from '@aidledger/projections';
import { startOfDayInStockholm } from '../clock/clock.js';
import type { ReadSources } from '../read-models/read.query.js';

/** The filter as the auditor asks it: `from` and `to` are days in Stockholm, both inclusive. */
export type AccessLogQuery = AccessLogFilter;

export type AccessLogVerification = { valid: boolean; brokenAtRevision?: number; entries: number };

/** Days as people mean them, in Stockholm, to the instants the entries carry. */
export const accessLogFilter = ({ from, to, ...rest }: AccessLogQuery): AccessLogFilter => ({
  ...rest,
  ...(from ? { from: startOfDayInStockholm(from) } : {}),
  ...(to ? { to: startOfDayInStockholm(addDays(to, 1)) } : {}),
});

const PAGE = 1000;

/**
 * The day's hash chain, read a page at a time so a busy day is never held in memory whole. It breaks at the
 * first entry whose hash does not hold, at a missing revision, or past the end when the access log had seen
 * entries the stream no longer has (a cut-off tail leaves the rest of the chain intact).
 */
export const verifyAccessLogDay = async ({ store, db }: ReadSources, day: string): Promise<AccessLogVerification> => {
  const stream = accessLogStream(day);
  let previousHash = '';
  let next = 0n;
  let brokenAt: bigint | undefined;
  let entries = 0;
  for (;;) {
    const events = await store.readStream(stream, { fromRevision: next, maxCount: PAGE });
    for (const event of events) {
      const hash = hashEvent(previousHash, event);
      if (brokenAt === undefined && (event.revision !== next || event.metadata.hash !== hash)) brokenAt = next;
      previousHash = event.metadata.hash ?? '';
      next = event.revision + 1n;
      entries++;
    }
    if (events.length < PAGE) break;
  }
  const seen = await lastProjectedRevision(db, stream);
  if (brokenAt === undefined && seen !== null && BigInt(seen) >= next) brokenAt = next;
  return brokenAt === undefined
    ? { valid: true, entries }
    : { valid: false, brokenAtRevision: Number(brokenAt), entries };
};
