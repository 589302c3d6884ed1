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
  type CommandDispatch,
  type ProjectionLag,
  type ReadModelDb,
} from '@aidledger/projections';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { OrderFulfilmentWorkflow } from '../workflows/order-fulfilment.workflow.js';
import { ProjectorThread } from './projector-thread.js';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

export const readModelDbProvider = {
  provide: READ_MODEL_DB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ReadModelDb =>
    openReadModelDb({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      // The projector thread writes the read models and checkpoints their WAL; this connection only reads.
      checkpointWal: !(config.embeddedProjector && config.projectorThread),
    }),
};

/**
 * Runs the order-fulfilment workflow, and when the projector is embedded the projections: in a worker thread of the
 * API (PROJECTOR_THREAD=on) or on its event loop.
 */
@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private runtime: ProjectorRuntime | null = null;
  private thread: ProjectorThread | null = null;

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
    const logger = {
      info: (message: string, context?: Record<string, unknown>) => this.logger.log({ ...context, msg: message }),
      warn: (message: string, context?: Record<string, unknown>) => this.logger.warn({ ...context, msg: message }),
      error: (message: string, context?: Record<string, unknown>) => this.logger.error({ ...context, msg: message }),
    };
    const { embeddedProjector, projectorThread } = this.config;
    const dispatch: CommandDispatch = (command, cause) => this.fulfilment.dispatch(command, cause);
    if (embeddedProjector && projectorThread) {
      // The thread follows the log for the workflow too and hands its commands here: this thread then writes nothing
      // to the read models, so it never waits for the thread's write lock. Reads start once the tables are prepared.
      this.thread = new ProjectorThread({ config: this.config, store: this.store, db: this.db, logger, dispatch });
      await this.thread.start();
      return;
    }
    if (!embeddedProjector) await prepareProjections(this.db, allProjections);
    // The workflow needs the CommandBus, so it always runs in the API; the projections only when embedded.
    this.runtime = new ProjectorRuntime({
      store: this.store,
      db: this.db,
      projections: embeddedProjector ? allProjections : [],
      workflows: [{ processManager: orderFulfilment, dispatch }],
      logger,
    });
    await this.runtime.start();
  }

  /** Before any module's shutdown, so the projector stops while the event store is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
    this.runtime = null;
    await this.thread?.stop();
    this.thread = null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
    await this.thread?.stop();
    await this.db.destroy();
  }

  /** Lag of each projection (and the workflow) this process runs, in its projector thread or on its event loop. */
  async projectionLag(): Promise<ProjectionLag[]> {
    const [projections, own] = await Promise.all([
      this.thread ? this.thread.lag() : [],
      this.runtime ? this.runtime.lag() : [],
    ]);
    return [...projections, ...own];
  }

  /** @internal For tests that end the projector thread as a crash would. */
  projectorThreadForTests(): ProjectorThread | null {
    return this.thread;
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
