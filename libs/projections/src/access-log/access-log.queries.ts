import { DomainError, type PersonDataAccessed } from '@aidledger/domain';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';
import type { AccessLogRow } from './access-log.projection.js';

/** An entry as the event recorded it, and the day's stream it is chained in with its place there. */
export type AccessLogItem = PersonDataAccessed['data'] & { stream: string; revision: number };

export type AccessLogPage = { items: AccessLogItem[]; nextCursor?: string };

export type AccessLogFilter = {
  personId?: string;
  actor?: string;
  /** ISO timestamp: entries at or after it. */
  from?: string;
  /** ISO timestamp: entries before it. */
  to?: string;
  cursor?: string;
  limit?: number;
};

type Position = { at: string; position: number };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export const encodeAccessLogCursor = ({ at, position }: Position): string =>
  Buffer.from(`${at}|${position}`, 'utf8').toString('base64url');

const decodeCursor = (cursor: string): Position => {
  const [at = '', position = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!INSTANT.test(at) || !/^\d{1,18}$/.test(position))
    throw new DomainError('ACCESS_LOG.INVALID_CURSOR', 'The cursor is not one this list handed out', 'invalid', {
      field: 'cursor',
    });
  return { at, position: Number(position) };
};

/**
 * Newest first, by the instant of the read and then by the log's order. Keyset pagination: entries recorded
 * while someone pages (reading the log records entries too) are newer than the cursor and never shift a page.
 */
export const findAccessLog = async (db: ReadModelDb, filter: AccessLogFilter = {}): Promise<AccessLogPage> => {
  const prefix = await activePrefix(db, 'access-log');
  if (!prefix) return { items: [] };
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  let query = db.selectFrom(tableName(prefix, 'entries')).selectAll();
  if (filter.personId) query = query.where('person_id', '=', filter.personId);
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.cursor) {
    const after = decodeCursor(filter.cursor);
    query = query.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('position', '<', after.position)])]),
    );
  }
  const rows = (await query
    .orderBy('at', 'desc')
    .orderBy('position', 'desc')
    .limit(limit + 1)
    .execute()) as (AccessLogRow & { position: number | string })[];
  const page = rows.slice(0, limit);
  const items = page.map((row) => ({
    at: row.at,
    actor: row.actor,
    role: row.role,
    personId: row.person_id,
    action: row.action,
    correlationId: row.correlation_id,
    stream: row.stream_id,
    revision: toNumber(row.revision),
  }));
  const last = page.at(-1);
  return rows.length > limit && last
    ? { items, nextCursor: encodeAccessLogCursor({ at: last.at, position: toNumber(last.position) }) }
    : { items };
};

/** The highest revision of a day's stream the access log has seen, or null when it has seen none. */
export const lastProjectedRevision = async (db: ReadModelDb, stream: string): Promise<number | null> => {
  const prefix = await activePrefix(db, 'access-log');
  if (!prefix) return null;
  const row = await db
    .selectFrom(tableName(prefix, 'entries'))
    .select((eb) => eb.fn.max('revision').as('revision'))
    .where('stream_id', '=', stream)
    .executeTakeFirst();
  return row?.revision === null || row?.revision === undefined ? null : toNumber(row.revision);
};
