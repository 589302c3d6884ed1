import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@aidledger/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@aidledger/event-store';
import {
  allProjections,
  openReadModelDb,
  orderFulfilment,
  prepareProjections,
  ProjectorRuntime,
  type ProjectionLag,
  type ReadModelDb,
  type WorkflowCommand,
} from '@aidledger/projections';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { FulfilOrderCommand } from '../orders/order.handlers.js';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

export const readModelDbProvider = {
  provide: READ_MODEL_DB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): ReadModelDb =>
    openReadModelDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }),
};

/** Runs the projections and the order-fulfilment workflow inside the API when the projector is embedded. */
@Injectable()
export class EmbeddedProjector implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private runtime: ProjectorRuntime | null = null;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: ReadModelDb,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandBus,
  ) {}

  async onModuleInit(): Promise<void> {
    // The workflow needs the CommandBus, so it always runs here; the projections only when embedded.
    if (!this.config.embeddedProjector) await prepareProjections(this.db, allProjections);
    this.runtime = new ProjectorRuntime({
      store: this.store,
      db: this.db,
      projections: this.config.embeddedProjector ? allProjections : [],
      workflows: [{ processManager: orderFulfilment, dispatch: (command, cause) => this.dispatch(command, cause) }],
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

  private async dispatch(command: WorkflowCommand, cause: RecordedEvent): Promise<void> {
    if (command.type !== 'FulfilOrder') throw new Error(`The projector cannot send ${command.type}`);
    const { orderId, assetId, deliveredOn } = command.data as { orderId: string; assetId: string; deliveredOn: string };
    try {
      await this.commands.execute(
        new FulfilOrderCommand(
          orderId,
          { assetId, deliveredOn },
          { actor: 'process:order-fulfilment', correlationId: cause.metadata.correlationId, causationId: cause.id },
        ),
      );
    } catch (error) {
      // A refused FulfilOrder (the order was cancelled, or is unknown to imported history) is an answer, not
      // a failure: retrying cannot change it, and the workflow must not stall behind it.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ msg: 'order not fulfilled', orderId, code: error.code });
    }
  }
}
