import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assetDecider, assetStream, assetView, type AssetEvent, type AssetStatus } from '@aidledger/domain';
import { EVENT_STORE, verifyStreamChain, type EventStore, type RecordedEvent } from '@aidledger/event-store';
import {
  findAssets,
  findDeliveryMetrics,
  findPersonAids,
  findRepairMetrics,
  findStockLevels,
  type AssetIndexFilter,
  type AssetIndexPage,
  type DeliveryMetrics,
  type DeliveryMetricsFilter,
  type PersonAids,
  type ReadModelDb,
  type RepairMetrics,
  type RepairMetricsFilter,
  type StockLevel,
  type StockLevelsFilter,
} from '@aidledger/projections';
import { READ_MODEL_DB } from './read-model.provider.js';

export type AssetState = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  status: AssetStatus;
  personId?: string;
  orderId?: string;
  location?: string;
  revision: number;
};

export type AssetHistoryEvent = {
  revision: number;
  position: number;
  type: string;
  data: RecordedEvent['data'];
  metadata: { actor: string; occurredAt: string; correlationId: string; causationId: string };
  recordedAt: string;
};

export type AssetHistory = { assetId: string; events: AssetHistoryEvent[] };
export type AssetChainVerification = { valid: boolean; brokenAtRevision?: number; events: number };

export class GetPersonAidsQuery extends Query<PersonAids> {
  constructor(readonly personId: string) {
    super();
  }
}
export class GetStockLevelsQuery extends Query<{ items: StockLevel[] }> {
  constructor(readonly filter: StockLevelsFilter) {
    super();
  }
}
export class GetDeliveryMetricsQuery extends Query<DeliveryMetrics> {
  constructor(readonly filter: DeliveryMetricsFilter) {
    super();
  }
}
export class GetRepairMetricsQuery extends Query<RepairMetrics> {
  constructor(readonly filter: RepairMetricsFilter) {
    super();
  }
}
export class FindAssetsQuery extends Query<AssetIndexPage> {
  constructor(readonly filter: AssetIndexFilter) {
    super();
  }
}
export class GetAssetQuery extends Query<AssetState> {
  constructor(
    readonly assetId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}
export class GetAssetHistoryQuery extends Query<AssetHistory> {
  constructor(readonly assetId: string) {
    super();
  }
}
export class VerifyAssetHistoryQuery extends Query<AssetChainVerification> {
  constructor(readonly assetId: string) {
    super();
  }
}

const assetNotFound = (assetId: string) => new NotFoundException(`Asset ${assetId} is not registered`);

@QueryHandler(GetPersonAidsQuery)
export class GetPersonAidsHandler implements IQueryHandler<GetPersonAidsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  async execute({ personId }: GetPersonAidsQuery): Promise<PersonAids> {
    const aids = await findPersonAids(this.db, personId);
    if (!aids) throw new NotFoundException(`Person ${personId} is not registered`);
    return aids;
  }
}

@QueryHandler(GetStockLevelsQuery)
export class GetStockLevelsHandler implements IQueryHandler<GetStockLevelsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ filter }: GetStockLevelsQuery) {
    return findStockLevels(this.db, filter);
  }
}

@QueryHandler(GetDeliveryMetricsQuery)
export class GetDeliveryMetricsHandler implements IQueryHandler<GetDeliveryMetricsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ filter }: GetDeliveryMetricsQuery) {
    return findDeliveryMetrics(this.db, filter);
  }
}

@QueryHandler(GetRepairMetricsQuery)
export class GetRepairMetricsHandler implements IQueryHandler<GetRepairMetricsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ filter }: GetRepairMetricsQuery) {
    return findRepairMetrics(this.db, filter);
  }
}

@QueryHandler(FindAssetsQuery)
export class FindAssetsHandler implements IQueryHandler<FindAssetsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ filter }: FindAssetsQuery) {
    return findAssets(this.db, filter);
  }
}

/** The auditor's view reads the aid's own stream, never a read model. */
@QueryHandler(GetAssetQuery)
export class GetAssetHandler implements IQueryHandler<GetAssetQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ assetId, asOf }: GetAssetQuery): Promise<AssetState> {
    let events = await this.store.readStream(assetStream(assetId));
    if (asOf !== undefined) {
      const instant = Date.parse(asOf);
      events = events.filter((event) => Date.parse(event.recordedAt) <= instant);
    }
    const state = events.reduce(
      (folded, event) => assetDecider.evolve(folded, { type: event.type, data: event.data } as AssetEvent),
      assetDecider.initialState(),
    );
    const view = assetView(state);
    if (!view || events.length === 0) throw assetNotFound(assetId);
    return {
      assetId: view.assetId,
      articleNo: view.articleNo,
      serialNumber: view.serialNumber,
      status: view.status,
      ...(view.personId ? { personId: view.personId } : {}),
      ...(view.orderId ? { orderId: view.orderId } : {}),
      ...(view.location ? { location: view.location } : {}),
      revision: Number(events[events.length - 1].revision),
    };
  }
}

@QueryHandler(GetAssetHistoryQuery)
export class GetAssetHistoryHandler implements IQueryHandler<GetAssetHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ assetId }: GetAssetHistoryQuery): Promise<AssetHistory> {
    const events = await this.store.readStream(assetStream(assetId));
    if (events.length === 0) throw assetNotFound(assetId);
    return {
      assetId,
      events: events.map((event) => ({
        revision: Number(event.revision),
        position: Number(event.position),
        type: event.type,
        data: event.data,
        metadata: {
          actor: event.metadata.actor,
          occurredAt: event.metadata.occurredAt,
          correlationId: event.metadata.correlationId,
          causationId: event.metadata.causationId,
        },
        recordedAt: event.recordedAt,
      })),
    };
  }
}

@QueryHandler(VerifyAssetHistoryQuery)
export class VerifyAssetHistoryHandler implements IQueryHandler<VerifyAssetHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ assetId }: VerifyAssetHistoryQuery): Promise<AssetChainVerification> {
    const events = await this.store.readStream(assetStream(assetId));
    if (events.length === 0) throw assetNotFound(assetId);
    const result = verifyStreamChain(events);
    return result.valid
      ? { valid: true, events: events.length }
      : { valid: false, brokenAtRevision: Number(result.brokenAtRevision), events: events.length };
  }
}

export const READ_HANDLERS = [
  GetPersonAidsHandler,
  GetStockLevelsHandler,
  GetDeliveryMetricsHandler,
  GetRepairMetricsHandler,
  FindAssetsHandler,
  GetAssetHandler,
  GetAssetHistoryHandler,
  VerifyAssetHistoryHandler,
];
