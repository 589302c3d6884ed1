import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import {
  allProjections,
  checkpointLags,
  openReadModelDb,
  orderFulfilment,
  prepareProjections,
  ProjectorRuntime,
  type ProjectionLag,
  type ReadModelDb,
} from '@aidledger/projections';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { OrderFulfilmentWorkflow } from '../workflows/order-fulfilment.workflow.js';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

export const readModelDbProvider = {
  provide: READ_MODEL_DB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ReadModelDb =>
    openReadModelDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }),
};

/** Runs the projections and the order-fulfilment workflow inside the API when the projector is embedded. */
@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private runtime: ProjectorRuntime | null = null;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: ReadModelDb,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OrderFulfilmentWorkflow) private readonly fulfilment: OrderFulfilmentWorkflow,
  ) {}

  /**
   * At bootstrap, not module init: the workflow sends commands through the CommandBus, whose handlers are
   * registered at bootstrap; started earlier, a store with pending work answered "No handler found" and retried.
   */
  async onApplicationBootstrap(): Promise<void> {
    // The workflow needs the CommandBus, so it always runs here; the projections only when embedded.
    if (!this.config.embeddedProjector) await prepareProjections(this.db, allProjections);
    this.runtime = new ProjectorRuntime({
      store: this.store,
      db: this.db,
      projections: this.config.embeddedProjector ? allProjections : [],
      workflows: [
        { processManager: orderFulfilment, dispatch: (command, cause) => this.fulfilment.dispatch(command, cause) },
      ],
      logger: {
        info: (message, context) => this.logger.log({ ...context, msg: message }),
        warn: (message, context) => this.logger.warn({ ...context, msg: message }),
        error: (message, context) => this.logger.error({ ...context, msg: message }),
      },
    });
    await this.runtime.start();
  }

  /** Before any module's shutdown, so the projector stops while the event store is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
    this.runtime = null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
    await this.db.destroy();
  }

  /** Lag of each projection (and the workflow) this process runs. */
  async projectionLag(): Promise<ProjectionLag[]> {
    return this.runtime ? this.runtime.lag() : [];
  }

  /**
   * Lag of every read model, wherever it is projected: this process's own, or, when a separate projector runs
   * them, that projector's from its checkpoints in the shared read-model database, beside this process's workflow.
   */
  async readModelLag(): Promise<ProjectionLag[]> {
    const own = await this.projectionLag();
    if (this.config.embeddedProjector) return own;
    const stored = await checkpointLags({ store: this.store, db: this.db, projections: allProjections });
    return [
      ...own,
      ...stored
        .filter((version) => version.status !== 'retired' && allProjections.some((p) => p.name === version.name))
        .map((version) => ({
          name: version.name,
          version: version.version,
          status: version.status,
          phase: 'separate projector',
          position: Number(version.position),
          headPosition: Number(version.headPosition),
          behindPositions: version.behindPositions,
          behindMs: version.behindMs,
          lastError: null,
        })),
    ];
  }
}
