import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { EmbeddedProjector } from '../read-models/read-model.provider.js';
import { AppMetrics } from './app-metrics.js';

/**
 * The store head and the lag of every read model (this process's projections, or the separate projector's from its
 * checkpoints) and of this process's workflow, as gauges read at each scrape.
 */
@Injectable()
export class LogGauges implements OnModuleInit {
  constructor(
    @Inject(AppMetrics) private readonly metrics: AppMetrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EmbeddedProjector) private readonly projector: EmbeddedProjector,
  ) {}

  onModuleInit(): void {
    this.metrics.watch({
      headPosition: async () => Number(await this.store.headPosition()),
      projectionLag: async () =>
        (await this.projector.readModelLag()).map((lag) => ({
          name: lag.name,
          version: lag.version,
          lagEvents: lag.behindPositions,
          lagMs: lag.behindMs,
        })),
    });
  }
}
