import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import type { ReadModelDb } from '@aidledger/projections';
import { READ_MODEL_DB } from './read-model.provider.js';

/** What a query reads from: the read models, or an aggregate's own stream (the auditor's view). */
export type ReadSources = { db: ReadModelDb; store: EventStore };

/** A query over the QueryBus: the read it performs, given the sources. */
export class Read<T> extends Query<T> {
  constructor(readonly perform: (sources: ReadSources) => Promise<T>) {
    super();
  }
}

@QueryHandler(Read)
export class ReadHandler implements IQueryHandler<Read<unknown>> {
  private readonly sources: ReadSources;
  constructor(@Inject(READ_MODEL_DB) db: ReadModelDb, @Inject(EVENT_STORE) store: EventStore) {
    this.sources = { db, store };
  }
  execute(query: Read<unknown>): Promise<unknown> {
    return query.perform(this.sources);
  }
}
