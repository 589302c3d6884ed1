import type { PersonDataAccessed } from '@aidledger/domain';
import { rowProjection, type Recorded } from '../runtime/row-projection.js';

/** One read of person-level data, and where its event sits in its day's hash chain. */
export type AccessLogRow = {
  entry_id: string;
  at: string;
  actor: string;
  role: string;
  person_id: string;
  action: string;
  correlation_id: string;
  stream_id: string;
  revision: number;
};

/** An entry is written once and never changes: the same event again keeps the row it made. */
export const evolveAccessLogRow = (
  row: AccessLogRow | null,
  { data }: PersonDataAccessed,
  { id, streamId, revision }: Recorded,
): AccessLogRow =>
  row ?? {
    entry_id: id,
    at: data.at,
    actor: data.actor,
    role: data.role,
    person_id: data.personId,
    action: data.action,
    correlation_id: data.correlationId,
    stream_id: streamId,
    revision: Number(revision),
  };

/** The access log (PDL 4 kap), searchable by person, by actor and by period, newest first. */
export const accessLogProjection = rowProjection({
  name: 'access-log',
  version: 1,
  table: 'entries',
  key: 'entry_id',
  columns: {
    entry_id: 'text primary key',
    at: 'text not null',
    actor: 'text not null',
    role: 'text not null',
    person_id: 'text not null',
    action: 'text not null',
    correlation_id: 'text not null',
    stream_id: 'text not null',
    revision: 'bigint not null',
  },
  handles: ['PersonDataAccessed'],
  keyOf: (event) => event.id,
  evolve: evolveAccessLogRow,
  indexes: {
    person: ['person_id', 'at', 'position'],
    actor: ['actor', 'at', 'position'],
    at: ['at', 'position'],
    chain: ['stream_id', 'revision'],
  },
});
