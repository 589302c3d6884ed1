import {
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { DemoController } from './demo.controller.js';
import { DemoStore } from './demo-store.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { tenths } from './generation-progress.js';
import { HistoryGenerator, type HistoryOptions } from './history-generator.js';

/**
 * Sized to be ready in under 30 s on two cores while the embedded projector follows. Measured on the 2-core
 * build machine: 21 days on 4,000 aids out on rent took 21 s, the projections caught up 4 s later (28 days
 * took 26 s + 6 s). `npm run generate` makes longer histories.
 */
export const DEMO_HISTORY: Pick<HistoryOptions, 'days' | 'seed' | 'scale' | 'initialOnLoan'> = {
  days: 21,
  seed: 2021,
  scale: 1,
  initialOnLoan: 4_000,
};

/** In demo mode, a store just created as a demo store gets a demo history, generated while the API already serves. */
@Injectable()
export class DemoData implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DemoData');
  private readonly abort = new AbortController();
  private running: Promise<void> | null = null;

  constructor(
    @Inject(DemoStore) private readonly demo: DemoStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PersonalData) private readonly personalData: PersonalData,
    private readonly commandBus: CommandBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.demo.createdNow) {
      this.logger.log({ msg: 'demo history skipped: the demo store has its history' });
      return;
    }
    this.running = this.generate();
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  /** Resolves when the demo history is complete (or was not needed). */
  whenReady(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async generate(): Promise<void> {
    const generator = new HistoryGenerator(this.commandBus, this.store, this.personalData);
    const newTenth = tenths();
    this.logger.log({ msg: 'demo history: generating', ...DEMO_HISTORY });
    try {
      const summary = await generator.generate({
        ...DEMO_HISTORY,
        progressBar: false,
        signal: this.abort.signal,
        onProgress: ({ phase, done, total, day, commands, refused }) => {
          if (phase === 'import' ? done < total : !newTenth(phase, done, total)) return;
          this.logger.log({ msg: 'demo history: progress', phase, done, total, day, commands, refused });
        },
      });
      this.logger.log({
        msg: 'demo history: ready',
        firstDay: summary.firstDay,
        lastDay: summary.lastDay,
        importedAids: summary.importedAids,
        importedEvents: summary.importedEvents,
        commands: summary.commandsTotal,
        refused: summary.refusedTotal,
        payers: summary.payersRegistered,
        moves: summary.moves,
        monthsClosed: summary.monthsClosed,
        corrections: summary.correctionsSent,
        durationMs: summary.durationMs,
      });
      if (summary.refusedTotal > 0)
        this.logger.warn({
          msg: 'demo history: refused commands',
          refused: summary.refused,
          samples: generator.refusalSamples,
        });
    } catch (error) {
      this.logger.error({ msg: 'demo history failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** Imported only with DEMO_DATA=on. */
@Module({
  controllers: [DemoController],
  providers: [DemoStore, DemoData],
  exports: [DemoStore, DemoData],
})
export class DemoDataModule {}
