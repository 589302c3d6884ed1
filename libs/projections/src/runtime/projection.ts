import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';

/**
 * A projection: an `evolve` over read-model rows for an explicit list of event types,
 * applied a batch at a time in the same transaction as its checkpoint.
 * `version` is the definition's version: bump it when the rows change meaning, and the
 * runtime rebuilds it into fresh tables while the previous version keeps serving.
 */
export type Projection = {
  name: string;
  version: number;
  handles: readonly string[];
  /** Table suffixes; the physical name is `<prefix>_<suffix>`. */
  tables: readonly string[];
  createTables(db: ReadModelDb | ReadModelTransaction, prefix: string): Promise<void>;
  /** Indexes only queries need: a rebuild creates them once caught up, which is cheaper than keeping them up to date. */
  createIndexes?(db: ReadModelDb | ReadModelTransaction, prefix: string): Promise<void>;
  /** Must be idempotent per event: an event at or below a row's position changes nothing. */
  applyBatch(trx: ReadModelTransaction, prefix: string, events: readonly RecordedEvent[]): Promise<void>;
};

/** A command a workflow sends, with the event that caused it. */
export type WorkflowCommand = { type: string; data: Record<string, string | number | boolean> };

/** A workflow as a decider: which commands an event calls for. Driven by the checkpointed runtime. */
export type ProcessManager = {
  name: string;
  handles: readonly string[];
  react(event: RecordedEvent): WorkflowCommand[];
};

export type CommandDispatch = (command: WorkflowCommand, cause: RecordedEvent) => Promise<void>;

/** Physical table prefix of one built version, e.g. `stock_levels_v2`. */
export const tablePrefix = (name: string, version: number): string => `${name.replace(/[^a-z0-9]/gi, '_')}_v${version}`;

export const tableName = (prefix: string, suffix: string): string => `${prefix}_${suffix}`;
