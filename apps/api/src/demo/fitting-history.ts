import { addSwedishWorkingDays } from '@aidledger/domain';
import type { CommandContext } from '@aidledger/event-store';
import { OnFitting } from '../command-bus/aggregate-commands.js';
import type { CommandScheduler } from './command-scheduler.js';
import { demoId } from './demo-ids.js';
import { INDIVIDUAL_AIDS } from './region.js';
import { SeededRandom } from './seeded-random.js';

/** Fittings (utprovning) requested per ordinary working day at region scale (DESIGN.md, Facts). */
const DAILY_FITTINGS = 6;
/** Working days before the history whose requests the first day finds: a month of them, so the KPI has a past. */
const BACKLOG_WORKING_DAYS = 30;
/** 2021: 78.2 % offered within 15 working days; some requests are withdrawn before an offer. */
const SHARE = { late: 0.2, cancelled: 0.05, completed: 0.9 };
const CANCEL_REASONS = ['Ordinationen återkallad', 'Flyttat från regionen', 'Behovet tillgodosett på annat sätt'];
/** The aids that are fitted before they are prescribed: wheelchairs, lifts, beds and the like (bulky ones). */
const FITTED_ISO_CODES = [...new Set(INDIVIDUAL_AIDS.filter((aid) => aid.bulky).map((aid) => aid.isoCode))];

type Step =
  | { type: 'OfferFitting'; data: { offeredOn: string; appointmentOn: string } }
  | { type: 'CompleteFitting'; data: { completedOn: string } }
  | { type: 'CancelFitting'; data: { cancelledOn: string; reason: string } };

/**
 * The fittings of the demo history: requested for persons the history knows, offered mostly within 15 working
 * days (about one in five later), then completed on the appointment day or withdrawn. Steps that fall after the
 * history's last day are not sent, so the newest requests wait for an offer. It draws from a sequence of its own,
 * so the rest of the history stays what it was for the seed.
 */
export class FittingHistory {
  private readonly random: SeededRandom;
  private readonly due = new Map<string, { fittingId: string; step: Step }[]>();
  private counter = 0;
  private correlations = 0;
  private started = false;

  constructor(
    private readonly commands: CommandScheduler,
    private readonly seed: number,
    private readonly actor: string,
  ) {
    this.random = new SeededRandom(seed ^ 0xf17);
  }

  /**
   * The day's new requests, and the offers, completions and cancellations due today. The first day also brings
   * the month of requests before the history, with whatever of theirs happened before it.
   */
  workingDay(day: string, scale: number, persons: readonly { personId: string }[], lastDay: string): void {
    if (persons.length === 0) return;
    if (!this.started) {
      this.started = true;
      for (let back = BACKLOG_WORKING_DAYS; back > 0; back--)
        this.requestAll(addSwedishWorkingDays(day, -back), scale, persons, lastDay, day);
    }
    this.requestAll(day, scale, persons, lastDay, day);
    for (const { fittingId, step } of this.due.get(day) ?? []) this.send(fittingId, step);
    this.due.delete(day);
  }

  private requestAll(
    requestedOn: string,
    scale: number,
    persons: readonly { personId: string }[],
    lastDay: string,
    today: string,
  ): void {
    const random = this.random;
    for (let n = random.count(DAILY_FITTINGS * scale); n > 0; n--) {
      const fittingId = demoId(this.seed, 'fitting', this.counter++);
      const data = {
        personId: random.pick(persons).personId,
        isoCode: random.pick(FITTED_ISO_CODES),
        prescriberId: `FS-${random.int(1000, 1400)}`,
        requestedOn,
      };
      const steps = this.plan(requestedOn);
      // The request and whatever of it happened by today go now, one after the other; the rest on their days.
      const now = [
        new OnFitting(fittingId, { type: 'RequestFitting', data }, this.context()),
        ...steps.filter(({ on }) => on <= today).map(({ step }) => new OnFitting(fittingId, step, this.context())),
      ];
      this.commands.submit(`fitting:${fittingId}`, async () => {
        for (const message of now) await this.commands.send(message);
      });
      for (const { on, step } of steps)
        if (on > today && on <= lastDay) {
          const list = this.due.get(on) ?? [];
          list.push({ fittingId, step });
          this.due.set(on, list);
        }
    }
  }

  private plan(requestedOn: string): { on: string; step: Step }[] {
    const random = this.random;
    if (random.chance(SHARE.cancelled)) {
      const cancelledOn = addSwedishWorkingDays(requestedOn, random.int(1, 10));
      return [
        {
          on: cancelledOn,
          step: { type: 'CancelFitting', data: { cancelledOn, reason: random.pick(CANCEL_REASONS) } },
        },
      ];
    }
    const offeredOn = addSwedishWorkingDays(
      requestedOn,
      random.chance(SHARE.late) ? random.int(16, 25) : random.int(2, 15),
    );
    const appointmentOn = addSwedishWorkingDays(offeredOn, random.int(3, 10));
    const steps: { on: string; step: Step }[] = [
      { on: offeredOn, step: { type: 'OfferFitting', data: { offeredOn, appointmentOn } } },
    ];
    // The rest decline the appointment on its day.
    steps.push(
      random.chance(SHARE.completed)
        ? { on: appointmentOn, step: { type: 'CompleteFitting', data: { completedOn: appointmentOn } } }
        : {
            on: appointmentOn,
            step: { type: 'CancelFitting', data: { cancelledOn: appointmentOn, reason: random.pick(CANCEL_REASONS) } },
          },
    );
    return steps;
  }

  private send(fittingId: string, step: Step): void {
    const context = this.context();
    this.commands.submit(`fitting:${fittingId}`, () => this.commands.send(new OnFitting(fittingId, step, context)));
  }

  private context(): CommandContext {
    return { actor: this.actor, correlationId: demoId(this.seed, 'fitting-correlation', this.correlations++) };
  }
}
