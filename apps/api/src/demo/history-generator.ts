import type { CommandBus } from '@nestjs/cqrs';
import { addDays, addSwedishWorkingDays, isSwedishWorkingDay, monthOf, nextMonth } from '@aidledger/domain';
import type { EventStore } from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { GenerationProgress } from './generation-progress.js';
import { importAidsOnLoan } from './on-loan-import.js';
import type { PersonalData } from '../personal-data/personal-data.js';
import { RegionSimulation, type RegionVolumes } from './region-simulation.js';
import { issueDemoRecall } from './demo-recall.js';

export type HistoryOptions = {
  /** Calendar days of history, ending with `endDay`. */
  days: number;
  seed: number;
  /** 1 = one region (Västmanland's volumes); 40 ≈ Sweden. */
  scale?: number;
  /** Last day of the history; defaults to yesterday (Europe/Stockholm). */
  endDay?: string;
  /** Aids already out on rent at the start, imported in bulk; defaults to 85,300 × scale. */
  initialOnLoan?: number;
  /** Commands in flight at once; the store's group commit needs many to pay off. */
  concurrency?: number;
  /** A progress bar on stderr; defaults to on when stderr is a terminal. */
  progressBar?: boolean;
  onProgress?: (progress: HistoryProgress) => void;
  actor?: string;
  /** Stops after the day being generated (e.g. on shutdown); the summary says how far it got. */
  signal?: AbortSignal;
};

export type HistoryProgress = {
  phase: 'import' | 'days';
  done: number;
  total: number;
  day?: string;
  commands: number;
  refused: number;
};

export type HistorySummary = {
  firstDay: string;
  lastDay: string;
  days: number;
  workingDays: number;
  importedAids: number;
  importedEvents: number;
  /** Commands sent through the CommandBus, by command name. */
  commands: Record<string, number>;
  commandsTotal: number;
  /** Refused commands by error code; none are intended. */
  refused: Record<string, number>;
  refusedTotal: number;
  volumes: RegionVolumes;
  /** Orders allocated ahead for each of the working days after `lastDay`, as the warehouse leaves them. */
  comingDays: Record<string, number>;
  /** Pickup orders asked for per coming route day. */
  comingPickups: Record<string, number>;
  /** Payers registered through the CommandBus (the municipalities' and the region's unit), before any order. */
  payersRegistered: number;
  /** Holders who moved between the region's municipalities; `lateMoves` registered 1–3 weeks after the move. */
  moves: number;
  lateMoves: number;
  /** The months closed, in order: the one the import left behind, then each on its closing day. */
  monthsClosed: string[];
  /** Delivery and return dates of closed months corrected after their close (they bring correction lines). */
  correctionsSent: number;
  durationMs: number;
};

/** The books of a month are closed on this working day of the next. */
export const CLOSING_WORKING_DAY = 5;

/** The day the books of `month` are closed: the fifth Swedish working day of the next month. */
export const closingDayOf = (month: string): string =>
  addSwedishWorkingDays(addDays(`${nextMonth(month)}-01`, -1), CLOSING_WORKING_DAY);

const previousMonth = (month: string): string => monthOf(addDays(`${month}-01`, -1));

/** How many route days ahead the warehouse allocates aids. */
export const COMING_WORKING_DAYS = 3;

const DEFAULT_ACTOR = 'demo:history-generator';

const nextWorkingDay = (day: string): string => addSwedishWorkingDays(day, 1);

/** Drives the real command handlers through the CommandBus to produce a region's history, day by day. */
export class HistoryGenerator {
  private region: RegionSimulation | null = null;

  constructor(
    private readonly commandBus: CommandBus,
    private readonly store: EventStore,
    private readonly personalData: PersonalData,
  ) {}

  async generate(options: HistoryOptions): Promise<HistorySummary> {
    const started = Date.now();
    const { seed, actor = DEFAULT_ACTOR, concurrency = 64 } = options;
    const region = new RegionSimulation(this.commandBus, { seed, actor, inFlight: concurrency, store: this.store });
    this.region = region;
    const today = todayInStockholm();
    const scale = options.scale ?? 1;
    const lastDay = options.endDay ?? addDays(today, -1);
    if (lastDay > today) throw new RangeError(`endDay ${lastDay} lies after today ${today}`);
    const firstDay = addDays(lastDay, -(options.days - 1));
    const calendar: string[] = [];
    for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) calendar.push(day);
    const workingDays = calendar.filter((day) => isSwedishWorkingDay(day));

    const bar = new GenerationProgress('history', options.progressBar);
    const report = (progress: HistoryProgress): void => {
      options.onProgress?.(progress);
      bar.update(progress.done, progress.day);
    };

    await region.registerArticles();
    // The orders of the import and of every day name their payer: the payers are there first.
    await region.registerPayers();
    const initialOnLoan = Math.round(options.initialOnLoan ?? 85_300 * scale);
    bar.phase(initialOnLoan, 'aids', 'importing aids out on rent');
    const imported = await importAidsOnLoan(this.store, await this.personalData.bulk(), {
      count: initialOnLoan,
      seed,
      beforeDay: firstDay,
      today,
      onProgress: (done, total) => report({ phase: 'import', done, total, commands: 0, refused: 0 }),
    });
    region.adopt(imported);
    // The books are closed through the last month whose closing day lies before the history: its check brings
    // corrections in the first days of the history.
    const lastMonth = previousMonth(monthOf(firstDay));
    await region.closeMonth(closingDayOf(lastMonth) < firstDay ? lastMonth : previousMonth(lastMonth), firstDay, scale);

    bar.phase(calendar.length, 'days', firstDay);
    const regions = Math.max(1, Math.ceil(scale));
    let comingDays: Record<string, number> = {};
    let comingPickups: Record<string, number> = {};
    try {
      for (const [index, day] of calendar.entries()) {
        if (options.signal?.aborted) break;
        const closing = previousMonth(monthOf(day));
        if (day === closingDayOf(closing)) await region.closeMonth(closing, nextWorkingDay(day), scale);
        if (isSwedishWorkingDay(day)) await region.workingDay(day, scale, regions, lastDay);
        report({
          phase: 'days',
          done: index + 1,
          total: calendar.length,
          day,
          commands: region.commands.sentTotal,
          refused: region.commands.refusedTotal,
        });
      }
      if (!options.signal?.aborted) {
        const ahead = Array.from({ length: COMING_WORKING_DAYS }, (_, n) => addSwedishWorkingDays(lastDay, n + 1));
        const preparedOn = isSwedishWorkingDay(lastDay) ? lastDay : addSwedishWorkingDays(lastDay, -1);
        ({ allocated: comingDays, pickups: comingPickups } = await region.prepareComingDays(ahead, preparedOn, scale));
        issueDemoRecall(region.commands, imported.aids, { seed, actor, lastDay });
      }
    } finally {
      await region.commands.drain();
      bar.stop();
    }
    return {
      firstDay,
      lastDay,
      days: calendar.length,
      workingDays: workingDays.length,
      importedAids: imported.aids.length,
      importedEvents: imported.events,
      commands: region.commands.sent,
      commandsTotal: region.commands.sentTotal,
      refused: region.commands.refused,
      refusedTotal: region.commands.refusedTotal,
      volumes: region.volumes,
      comingDays,
      comingPickups,
      payersRegistered: region.books.payersRegistered,
      moves: region.volumes.moves,
      lateMoves: region.volumes.lateMoves,
      monthsClosed: region.books.monthsClosed,
      correctionsSent: region.books.correctionsSent,
      durationMs: Date.now() - started,
    };
  }

  /** Where the region stands after `generate`: who can be asked about, what can be returned or reconditioned next. */
  snapshot(): { personIds: string[]; onLoan: string[]; awaitingReconditioning: string[] } {
    return this.region?.snapshot() ?? { personIds: [], onLoan: [], awaitingReconditioning: [] };
  }

  /** The first refusals' codes and messages (never personal data: the domain's messages carry none). */
  get refusalSamples(): readonly string[] {
    return this.region?.commands.refusalSamples ?? [];
  }
}
