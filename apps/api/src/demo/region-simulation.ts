import type { CommandBus } from '@nestjs/cqrs';
import {
  addDays,
  addSwedishWorkingDays,
  assetDecider,
  type AssetEvent,
  assetStream,
  DomainError,
  isSwedishWorkingDay,
  monthOf,
  type Sex,
} from '@aidledger/domain';
import type { CommandContext, EventStore } from '@aidledger/event-store';
import {
  OnArticle,
  OnAsset,
  OnBillingMonths,
  OnConsumableStock,
  OnOrder,
  OnPayer,
  OnPerson,
} from '../command-bus/aggregate-commands.js';
import { CommandScheduler } from './command-scheduler.js';
import { demoId, demoPersonnummer } from './demo-ids.js';
import { FittingHistory } from './fitting-history.js';
import type { OnLoanImport } from './on-loan-import.js';
import { Pool } from './pool.js';
import {
  CONSUMABLES,
  DEMO_PAYERS,
  FAILURE_REASONS,
  INDIVIDUAL_AIDS,
  REPAIR_DESCRIPTIONS,
  RETURN_REASONS,
  SCRAP_REASONS,
  payerIdFor,
  VASTMANLAND,
  type DemoArticle,
  type DemoMunicipality,
} from './region.js';
import { SeededRandom } from './seeded-random.js';
import { demoContact, demoRecordedSex } from './demo-people.js';

/** What happened, counted by the simulation. */
export type RegionVolumes = {
  ordersPlaced: number;
  aidsDelivered: number;
  deliveredOnPlannedDay: number;
  deliveryFailures: number;
  reschedules: number;
  cancellations: number;
  returns: number;
  reconditioned: number;
  repairsReported: number;
  repairsCompleted: number;
  repairsWithinFiveWorkingDays: number;
  scrapped: number;
  inspections: number;
  assetsReceived: number;
  personsRegistered: number;
  consumableOrders: number;
  consumablePackagesDelivered: number;
  consumablePackagesReceived: number;
  /** Holders who moved to another of the region's municipalities; `lateMoves` were registered 1–3 weeks after. */
  moves: number;
  lateMoves: number;
};

/** What the books saw: payers, closed months, and the business dates corrected after a close. */
export type RegionBooks = {
  payersRegistered: number;
  /** The months closed, in the order they were closed (each closes every earlier month too). */
  monthsClosed: string[];
  /** Delivery and return dates of a closed month corrected afterwards (`CorrectBusinessDate`). */
  correctionsSent: number;
};

/** Per ordinary working day at region scale (DESIGN.md, Facts). */
const DAILY = {
  aidOrders: 195,
  returns: 140,
  reconditioned: 84,
  repairs: 53,
  scrapped: 3,
  consumablePackages: 237,
  /**
   * Holders moving to another of the region's municipalities: some 39,000 persons hold the 85,300 aids, and about
   * 2.5 % of them a year move across a municipal border (often to special housing near family): ≈ 1,000 a year.
   */
  moves: 4,
};
/** Of the moves, the share registered 1–3 weeks after the move day (the rest within a few days). */
const LATE_MOVE_SHARE = 0.3;
/**
 * When a municipality checks its invoice basis after a close, a few delivery and return dates turn out wrong: about
 * ten a month at region scale (one in 400 of the month's deliveries), corrected over the ten working days after.
 */
const CORRECTIONS_PER_CLOSE = 10;
const CORRECTION_WORKING_DAYS = 10;
const DELIVERY_CORRECTION_SHARE = 0.7;
const PACKAGES_PER_CONSUMABLE_ORDER = 4;
/** Of the aids that come back, the share transport fetches on a pickup order (the rest are brought in). */
const PICKUP_SHARE = 0.5;
/** Delivery outcomes: the rest is delivered on the planned day (≈ 92 % on time, as in 2021). */
const SHARE = { cancelled: 0.01, rescheduled: 0.03, failedFirst: 0.04, early: 0.015, late: 0.02, newPerson: 0.4 };
const WAREHOUSE = 'VAS-HUVUDLAGER';

type Person = { personId: string; municipality: DemoMunicipality; lastMovedOn?: string };
type Order = {
  orderId: string;
  person: Person;
  article: DemoArticle;
  plannedDay: string;
  routeId: string;
  assetId: string | null;
};
type Attempt = { order: Order; fail: boolean };
type ConsumableDelivery = { orderId: string; articleNo: string; location: string; quantity: number };
type Repair = { assetId: string; repairId: string; reportedOn: string };
/** A date of `month` (closed) to correct on the aid: its delivery moved a working day later, or its return earlier. */
type Correction = { assetId: string; month: string; field: 'deliveredOn' | 'returnedOn' };

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

type Prescription = { prescriberId: string; priority: number; plannedDeliveryDate: string };

/** The order a prescriber places for `person`, paid by the person's municipality (or the region's unit). */
const placeOrder = (
  orderId: string,
  person: Person,
  article: DemoArticle,
  { prescriberId, priority, plannedDeliveryDate }: Prescription,
  placedOn: string,
  context: CommandContext,
): OnOrder => {
  const { personId, municipality } = person;
  const data = {
    personId,
    articleNo: article.articleNo,
    prescriberId,
    priority,
    plannedDeliveryDate,
    municipality: municipality.name,
    payerId: payerIdFor(article, municipality),
    placedOn,
  };
  return new OnOrder(orderId, { type: 'PlaceOrder', data }, context);
};

const nextWorkingDay = (day: string): string => addSwedishWorkingDays(day, 1);

/**
 * A stock stream takes one delivery after the other, so its chain may run on across the day's barriers (its
 * deliveries only need orders placed on earlier days).
 */
const runsAcrossDays = (key: string): boolean => key.startsWith('stock:');

/**
 * The region's working days, sent as commands through the CommandBus. Every random choice is drawn while
 * planning, in a fixed order, so the same seed gives the same commands and ids whatever order the store
 * commits them in; per aid, order or stock the commands run one after the other, across them many run at
 * once so the store's group commit pays off.
 */
export class RegionSimulation {
  readonly commands: CommandScheduler;
  readonly volumes: RegionVolumes = {
    ordersPlaced: 0,
    aidsDelivered: 0,
    deliveredOnPlannedDay: 0,
    deliveryFailures: 0,
    reschedules: 0,
    cancellations: 0,
    returns: 0,
    reconditioned: 0,
    repairsReported: 0,
    repairsCompleted: 0,
    repairsWithinFiveWorkingDays: 0,
    scrapped: 0,
    inspections: 0,
    assetsReceived: 0,
    personsRegistered: 0,
    consumableOrders: 0,
    consumablePackagesDelivered: 0,
    consumablePackagesReceived: 0,
    moves: 0,
    lateMoves: 0,
  };
  readonly books: RegionBooks = { payersRegistered: 0, monthsClosed: [], correctionsSent: 0 };
  private readonly random: SeededRandom;
  /** Home inspections draw from their own sequence, so the rest of the history stays as it was. */
  private readonly inspectionsRandom: SeededRandom;
  /** assetId → the day it was last inspected, so no aid is inspected twice on one day. */
  private readonly inspectedOn = new Map<string, string>();
  /**
   * Moves and corrections draw from a sequence of their own, so every other draw (and so the rest of the history)
   * stays what it was for the seed before the books came.
   */
  private readonly booksRandom: SeededRandom;
  private readonly seed: number;
  private readonly actor: string;
  private counter = 0;
  private booksCounter = 0;

  // The generator's own picture of the region, kept in step with the commands it sends.
  private readonly persons: Person[] = [];
  private usedPersonnummer = new Set<string>();
  private readonly readyByArticle = new Map<string, string[]>();
  private readonly articleOf = new Map<string, DemoArticle>();
  private readonly onLoan = new Pool();
  private readonly awaitingReconditioning: { assetId: string; returnedOn: string }[] = [];
  private readonly openRepairs = new Set<string>();
  private readonly attempts = new Map<string, Attempt[]>();
  private readonly consumableDeliveries = new Map<string, ConsumableDelivery[]>();
  private readonly repairsDue = new Map<string, Repair[]>();
  private readonly onHand = new Map<string, number>();
  /** The aids delivered and returned in each month (`YYYY-MM`), the candidates for a correction after its close. */
  private readonly deliveredIn = new Map<string, string[]>();
  private readonly returnedIn = new Map<string, string[]>();
  private readonly correctionsDue = new Map<string, Correction[]>();
  private readonly store: Pick<EventStore, 'readStream'>;
  private readonly fittings: FittingHistory;

  constructor(
    private readonly commandBus: CommandBus,
    {
      seed,
      actor,
      inFlight,
      store,
    }: { seed: number; actor: string; inFlight: number; store: Pick<EventStore, 'readStream'> },
  ) {
    this.seed = seed;
    this.store = store;
    this.actor = actor;
    this.random = new SeededRandom(seed);
    this.booksRandom = new SeededRandom(seed ^ 0xb00c5);
    this.inspectionsRandom = new SeededRandom(seed ^ 0x1a5bec7);
    this.commands = new CommandScheduler(commandBus, inFlight);
    this.fittings = new FittingHistory(this.commands, seed, actor);
  }

  async registerArticles(): Promise<void> {
    for (const { weight: _weight, ...article } of [...INDIVIDUAL_AIDS, ...CONSUMABLES]) {
      this.commands.submit(`article:${article.articleNo}`, async () => {
        try {
          await this.commandBus.execute(
            new OnArticle(
              article.articleNo,
              { type: 'RegisterArticle', data: article },
              this.context(`article:${article.articleNo}`),
            ),
          );
          this.commands.count('RegisterArticle');
        } catch (error) {
          // A store that already holds the assortment keeps it.
          if (!(error instanceof DomainError && error.code === 'ARTICLE.ALREADY_REGISTERED')) throw error;
        }
      });
    }
    await this.commands.drain();
  }

  /**
   * The region's payers, before any order names one: a municipal payer per municipality (its `KUND-<code>` is what
   * the orders carry) and the region's unit for the aids of regional cost responsibility.
   */
  async registerPayers(): Promise<void> {
    for (const payer of DEMO_PAYERS) {
      this.commands.submit(`payer:${payer.payerId}`, async () => {
        try {
          await this.commandBus.execute(
            new OnPayer(
              payer.payerId,
              { type: 'RegisterPayer', data: payer },
              this.booksContext(`payer:${payer.payerId}`),
            ),
          );
          this.commands.count('RegisterPayer');
          this.books.payersRegistered++;
        } catch (error) {
          // A store that already holds the payers keeps them.
          if (!(error instanceof DomainError && error.code === 'PAYER.ALREADY_REGISTERED')) throw error;
        }
      });
    }
    await this.commands.drain();
  }

  /**
   * Closes the books through `month` once everything sent before is stored (so a later command is a correction
   * of it), then plans the corrections its check brings over the working days from `firstCorrectionDay` on (those
   * after the history's last day are not sent).
   */
  async closeMonth(month: string, firstCorrectionDay: string, scale: number): Promise<void> {
    await this.commands.drain();
    const context = this.booksContext(`close:${month}`);
    this.commands.submit('billing-months', () =>
      this.commands.send(new OnBillingMonths(month, { type: 'CloseBillingMonth', data: {} }, context)),
    );
    await this.commands.drain();
    this.books.monthsClosed.push(month);
    const random = this.booksRandom;
    const days = [isSwedishWorkingDay(firstCorrectionDay) ? firstCorrectionDay : nextWorkingDay(firstCorrectionDay)];
    while (days.length < CORRECTION_WORKING_DAYS) days.push(addSwedishWorkingDays(days[days.length - 1], 1));
    for (let n = Math.max(1, Math.round(CORRECTIONS_PER_CLOSE * scale)); n > 0; n--) {
      const day = random.pick(days);
      const delivery = random.chance(DELIVERY_CORRECTION_SHARE);
      // A month before the history has only the import's deliveries: a return's correction becomes a delivery's.
      const target =
        (delivery ? null : this.correctionTarget(this.returnedIn, month, 'returnedOn')) ??
        this.correctionTarget(this.deliveredIn, month, 'deliveredOn');
      if (target) pushTo(this.correctionsDue, day, target);
    }
  }

  /** An aid delivered (or returned) in `month`, or in the latest earlier month that had one. */
  private correctionTarget(
    byMonth: ReadonlyMap<string, string[]>,
    month: string,
    field: Correction['field'],
  ): Correction | null {
    const months = [...byMonth.keys()].filter((candidate) => candidate <= month).sort();
    const latest = months.at(-1);
    return latest === undefined ? null : { assetId: this.booksRandom.pick(byMonth.get(latest)!), month: latest, field };
  }

  /** Takes the imported aids out on rent and their persons into the picture. */
  adopt(imported: OnLoanImport): void {
    this.usedPersonnummer = imported.usedPersonnummer;
    for (const person of imported.persons)
      this.persons.push({ personId: person.personId, municipality: this.municipality(person.municipality) });
    for (const aid of imported.aids) {
      this.articleOf.set(aid.assetId, this.individualArticle(aid.articleNo));
      this.onLoan.add(aid.assetId);
      pushTo(this.deliveredIn, monthOf(aid.deliveredOn), aid.assetId);
    }
  }

  async workingDay(day: string, scale: number, regions: number, lastDay: string): Promise<void> {
    const random = this.random;
    // Morning: moves are registered, stock arrives, persons and orders are registered, today's aids are received.
    this.movePersons(day, scale);
    this.receiveConsumables(day, scale, regions);
    for (let n = random.count(DAILY.aidOrders * scale); n > 0; n--) this.placeAidOrder(day);
    for (let n = random.count((DAILY.consumablePackages * scale) / PACKAGES_PER_CONSUMABLE_ORDER); n > 0; n--)
      this.placeConsumableOrder(day, regions, lastDay);
    this.receiveAssetsFor(
      (this.attempts.get(day) ?? []).map((attempt) => attempt.order),
      day,
    );
    await this.commands.drain(runsAcrossDays);

    // The day's work: routes, returns, the workshop.
    const delivered: string[] = [];
    for (const attempt of this.attempts.get(day) ?? []) this.attemptDelivery(day, attempt, delivered);
    this.attempts.delete(day);
    for (const delivery of this.consumableDeliveries.get(day) ?? []) this.deliverConsumables(day, delivery);
    this.consumableDeliveries.delete(day);
    for (let n = random.count(DAILY.returns * scale); n > 0; n--) this.returnAid(day);
    const reconditioned = this.workshop(day, scale);
    for (let n = random.count(DAILY.repairs * scale); n > 0; n--) this.reportRepair(day);
    for (const repair of this.repairsDue.get(day) ?? []) this.completeRepair(day, repair);
    this.repairsDue.delete(day);
    this.inspectLifts(day);
    this.inspectAtHome(day);
    this.fittings.workingDay(day, scale, this.persons, lastDay);
    for (const correction of this.correctionsDue.get(day) ?? []) this.correctDate(day, correction);
    this.correctionsDue.delete(day);
    await this.commands.drain(runsAcrossDays);

    for (const assetId of delivered) this.onLoan.add(assetId);
    for (const assetId of reconditioned) this.ready(this.articleOf.get(assetId) as DemoArticle).push(assetId);
  }

  /**
   * The morning after the history: the warehouse has allocated an aid to every order due on the coming route
   * days (buying aids where the shelf is short), so their routes are as full as the region's. Nothing is
   * dispatched yet. Answers the number of orders allocated per planned day.
   */
  async prepareComingDays(
    days: readonly string[],
    preparedOn: string,
    scale: number,
  ): Promise<{ allocated: Record<string, number>; pickups: Record<string, number> }> {
    const lastComing = days[days.length - 1];
    const due = [...this.attempts.values()]
      .flat()
      .map(({ order }) => order)
      .filter((order) => order.assetId === null && order.plannedDay <= lastComing)
      .sort((a, b) => a.plannedDay.localeCompare(b.plannedDay));
    this.receiveAssetsFor(due, preparedOn);
    const allocated: Record<string, number> = Object.fromEntries(days.map((day) => [day, 0]));
    for (const order of due) {
      this.allocate(order, preparedOn);
      allocated[order.plannedDay] = (allocated[order.plannedDay] ?? 0) + 1;
    }
    const pickups = this.requestPickups(days, preparedOn, scale);
    await this.commands.drain();
    return { allocated, pickups };
  }

  /** Pickup orders for the coming route days, asked for on `requestedOn`: each aid at most once. */
  private requestPickups(days: readonly string[], requestedOn: string, scale: number): Record<string, number> {
    const asked = new Set<string>();
    const pickups: Record<string, number> = {};
    for (const day of days) {
      pickups[day] = 0;
      let wanted = Math.round(DAILY.returns * PICKUP_SHARE * scale);
      for (let tries = wanted * 4; wanted > 0 && tries > 0; tries--) {
        const assetId = this.onLoan.pick(this.random);
        if (!assetId || asked.has(assetId)) continue;
        asked.add(assetId);
        wanted--;
        pickups[day]++;
        const reason = this.random.pick(RETURN_REASONS);
        this.sendToAsset(
          assetId,
          { type: 'RequestPickup', data: { requestedOn, plannedPickupDate: day, reason } },
          this.context(`pickup:${assetId}:${requestedOn}`),
        );
      }
    }
    return pickups;
  }

  /** Who can be asked about, what can be returned or reconditioned next. */
  snapshot(): { personIds: string[]; onLoan: string[]; awaitingReconditioning: string[] } {
    return {
      personIds: this.persons.map((person) => person.personId),
      onLoan: [...this.onLoan.values()],
      awaitingReconditioning: this.awaitingReconditioning.map((entry) => entry.assetId),
    };
  }

  private placeAidOrder(day: string): void {
    const random = this.random;
    const person = this.choosePerson(day);
    const article = random.weighted(INDIVIDUAL_AIDS);
    const orderId = this.nextId('order');
    const lead = random.weighted([
      { days: 1, weight: 10 },
      { days: 2, weight: 20 },
      { days: 3, weight: 25 },
      { days: 4, weight: 20 },
      { days: 5, weight: 15 },
      { days: 8, weight: 10 },
    ]).days;
    const plannedDay = addSwedishWorkingDays(day, lead);
    const routeId = `R-${person.municipality.code}-${random.int(1, person.municipality.routes)}`;
    const order: Order = { orderId, person, article, plannedDay, routeId, assetId: null };
    const outcome = random.next();
    let attemptDay = plannedDay;
    let fail = false;
    let rescheduledTo: string | null = null;
    let cancelled = false;
    if (outcome < SHARE.cancelled) cancelled = true;
    else if (outcome < SHARE.cancelled + SHARE.rescheduled) {
      rescheduledTo = addSwedishWorkingDays(plannedDay, random.int(1, 3));
      attemptDay = rescheduledTo;
    } else if (outcome < SHARE.cancelled + SHARE.rescheduled + SHARE.failedFirst) fail = true;
    else if (outcome < SHARE.cancelled + SHARE.rescheduled + SHARE.failedFirst + SHARE.early)
      attemptDay = addSwedishWorkingDays(plannedDay, -1);
    else if (outcome < SHARE.cancelled + SHARE.rescheduled + SHARE.failedFirst + SHARE.early + SHARE.late)
      attemptDay = addSwedishWorkingDays(plannedDay, random.int(1, 3));
    const priority = random.weighted([
      { value: 1, weight: 10 },
      { value: 2, weight: 70 },
      { value: 3, weight: 20 },
    ]).value;
    const prescriberId = `FS-${random.int(1000, 1400)}`;
    const placeContext = this.context(`order:${orderId}`);
    const rescheduleContext = rescheduledTo ? this.context(`reschedule:${orderId}`) : null;
    const cancelContext = cancelled ? this.context(`cancel:${orderId}`) : null;
    this.volumes.ordersPlaced++;
    // The KPI measures against the day agreed last.
    if (rescheduledTo) {
      this.volumes.reschedules++;
      order.plannedDay = rescheduledTo;
    }
    // Attempts after the history's last day are the coming days' work (`prepareComingDays`).
    if (cancelled) this.volumes.cancellations++;
    else pushTo(this.attempts, attemptDay, { order, fail });

    this.commands.submit(`person:${person.personId}`, async () => {
      const prescription = { prescriberId, priority, plannedDeliveryDate: plannedDay };
      await this.commands.send(placeOrder(orderId, person, article, prescription, day, placeContext));
      if (rescheduledTo && rescheduleContext) {
        const reason = 'Ny dag överenskommen med mottagaren';
        const data = { plannedDeliveryDate: rescheduledTo, reason };
        await this.commands.send(new OnOrder(orderId, { type: 'RescheduleOrder', data }, rescheduleContext));
      }
      if (cancelContext) {
        const data = { reason: 'Förskrivningen återkallad', cancelledOn: day };
        await this.commands.send(new OnOrder(orderId, { type: 'CancelOrder', data }, cancelContext));
      }
    });
  }

  private placeConsumableOrder(day: string, regions: number, lastDay: string): void {
    const random = this.random;
    const person = this.choosePerson(day);
    const article = random.weighted(CONSUMABLES);
    const orderId = this.nextId('consumable-order');
    const plannedDay = addSwedishWorkingDays(day, random.int(1, 3));
    const deliveredOn = random.chance(0.95) ? plannedDay : nextWorkingDay(plannedDay);
    const quantity = random.int(1, 2 * PACKAGES_PER_CONSUMABLE_ORDER - 1);
    const location = this.consumableLocation(person.municipality, random.int(0, regions - 1), regions);
    const context = this.context(`order:${orderId}`);
    this.volumes.consumableOrders++;
    if (deliveredOn <= lastDay)
      pushTo(this.consumableDeliveries, deliveredOn, { orderId, articleNo: article.articleNo, location, quantity });
    // Drawn when the chain runs, unlike every other draw; moving it would change every seed's history.
    this.commands.submit(`person:${person.personId}`, () => {
      const prescription = {
        prescriberId: `FS-${random.int(1000, 1400)}`,
        priority: 2,
        plannedDeliveryDate: plannedDay,
      };
      return this.commands.send(placeOrder(orderId, person, article, prescription, day, context));
    });
  }

  /**
   * Holders moving to another of the region's municipalities, registered today: most within a few days of the move,
   * some 1–3 weeks after (back-dated, as the population register's notices arrive). Their later orders name the new
   * municipality; their aids follow them.
   */
  private movePersons(day: string, scale: number): void {
    const random = this.booksRandom;
    for (let n = random.count(DAILY.moves * scale); n > 0; n--) {
      if (this.persons.length === 0) return;
      const at = random.int(0, this.persons.length - 1);
      const person = this.persons[at];
      const to = random.weighted(VASTMANLAND.filter((municipality) => municipality !== person.municipality));
      const late = random.chance(LATE_MOVE_SHARE);
      const daysBack = late ? random.int(7, 21) : random.int(0, 4);
      const movedOn = addDays(day, -daysBack);
      // A move may not lie before the person's previous one: such a notice is not sent.
      if (person.lastMovedOn !== undefined && movedOn < person.lastMovedOn) continue;
      // A new picture of the person: orders planned before today keep the one they were placed with.
      this.persons[at] = { ...person, municipality: to, lastMovedOn: movedOn };
      this.volumes.moves++;
      if (late) this.volumes.lateMoves++;
      const context = this.booksContext(`move:${person.personId}:${day}`);
      const data = { toMunicipality: to.name, movedOn };
      this.commands.submit(`person:${person.personId}`, () =>
        this.commands.send(new OnPerson(person.personId, { type: 'MovePerson', data }, context)),
      );
    }
  }

  /**
   * A delivery registered a working day too early, or a return a working day too late, found in a closed month.
   * The aid's own history (read when its earlier commands are stored) says which event and whether the new day fits
   * between its neighbours; a date that would not is left as it is.
   */
  private correctDate(day: string, { assetId, month, field }: Correction): void {
    const reason =
      field === 'deliveredOn'
        ? 'Leveransen kvitterades dagen efter, enligt förarens följesedel'
        : 'Hämtades dagen innan, enligt transportens körlista';
    const context = this.booksContext(`correct:${assetId}:${day}`);
    this.commands.submit(`asset:${assetId}`, async () => {
      const events = await this.store.readStream(assetStream(assetId));
      const state = events.reduce(
        (folded, event) => assetDecider.evolve(folded, { type: event.type, data: event.data } as unknown as AssetEvent),
        assetDecider.initialState(),
      );
      if (state.status === 'initial') return;
      const type = field === 'deliveredOn' ? 'AidDelivered' : 'AidReturned';
      const { dates } = state;
      const revision = dates.findLastIndex((dated) => dated?.type === type && monthOf(dated.day) === month);
      if (revision < 0) return;
      const from = dates[revision]!.day;
      const value = addSwedishWorkingDays(from, field === 'deliveredOn' ? 1 : -1);
      const before = dates.slice(0, revision).findLast((dated) => dated !== null);
      const after = dates.slice(revision + 1).find((dated) => dated !== null);
      if ((before && value < before.day) || (after && value > after.day) || value > day) return;
      await this.commands.send(
        new OnAsset(assetId, { type: 'CorrectBusinessDate', data: { revision, field, value, reason } }, context),
      );
      this.books.correctionsSent++;
    });
  }

  /** An existing person, or a new one registered first (in the same chain as their order). */
  private choosePerson(day: string): Person {
    const random = this.random;
    if (this.persons.length > 0 && !random.chance(SHARE.newPerson)) return random.pick(this.persons);
    const personId = this.nextId('person');
    const sex: Sex = random.chance(0.58) ? 'female' : 'male';
    const municipality = random.weighted(VASTMANLAND);
    const personnummer = demoPersonnummer(random, sex, this.usedPersonnummer);
    const person: Person = { personId, municipality };
    this.persons.push(person);
    this.volumes.personsRegistered++;
    const context = this.context(`person:${personId}:${day}`);
    this.commands.submit(`person:${personId}`, () =>
      this.commands.send(
        new OnPerson(
          personId,
          {
            type: 'RegisterPerson',
            data: {
              personnummer,
              sex: demoRecordedSex(personId, sex),
              municipality: municipality.name,
              contact: demoContact(personId, sex, municipality),
            },
          },
          context,
        ),
      ),
    );
    return person;
  }

  /** Aids are bought when the orders to allocate need more than the shelf holds. */
  private receiveAssetsFor(orders: readonly Order[], receivedOn: string): void {
    const needed = new Map<DemoArticle, number>();
    for (const order of orders)
      if (order.assetId === null) needed.set(order.article, (needed.get(order.article) ?? 0) + 1);
    for (const [article, count] of needed) {
      const shelf = this.ready(article);
      for (let n = shelf.length; n < count; n++) {
        const assetId = this.nextId('asset');
        const serialNumber = `SN-${article.articleNo}-${assetId.slice(0, 8).toUpperCase()}`;
        const context = this.context(`asset:${assetId}`);
        shelf.push(assetId);
        this.articleOf.set(assetId, article);
        this.volumes.assetsReceived++;
        this.sendToAsset(
          assetId,
          {
            type: 'RegisterAsset',
            data: { articleNo: article.articleNo, serialNumber, location: WAREHOUSE, receivedOn },
          },
          context,
        );
      }
    }
  }

  private attemptDelivery(day: string, { order, fail }: Attempt, delivered: string[]): void {
    const random = this.random;
    const firstAttempt = order.assetId === null;
    if (firstAttempt) order.assetId = this.ready(order.article).shift() as string;
    const assetId = order.assetId as string;
    const { orderId, routeId } = order;
    const allocate = firstAttempt ? this.context(`allocate:${orderId}`) : null;
    const dispatch = this.context(`dispatch:${orderId}:${day}`);
    const outcome = this.context(`deliver:${orderId}:${day}`);
    let rescheduledTo: string | null = null;
    let reason = '';
    if (fail) {
      rescheduledTo = addSwedishWorkingDays(day, random.int(1, 2));
      reason = random.pick(FAILURE_REASONS);
      this.volumes.deliveryFailures++;
      pushTo(this.attempts, rescheduledTo, { order, fail: false });
    } else {
      delivered.push(assetId);
      pushTo(this.deliveredIn, monthOf(day), assetId);
      this.volumes.aidsDelivered++;
      if (day === order.plannedDay) this.volumes.deliveredOnPlannedDay++;
    }
    this.commands.submit(`asset:${assetId}`, async () => {
      if (allocate)
        await this.commands.send(
          new OnAsset(assetId, { type: 'AllocateAsset', data: { orderId, allocatedOn: day } }, allocate),
        );
      await this.commands.send(
        new OnAsset(assetId, { type: 'DispatchAid', data: { orderId, routeId, dispatchedOn: day } }, dispatch),
      );
      if (rescheduledTo)
        await this.commands.send(
          new OnAsset(
            assetId,
            { type: 'RecordDeliveryFailure', data: { orderId, reason, rescheduledTo, failedOn: day } },
            outcome,
          ),
        );
      else
        await this.commands.send(
          new OnAsset(assetId, { type: 'DeliverAid', data: { orderId, deliveredOn: day } }, outcome),
        );
    });
  }

  private allocate(order: Order, allocatedOn: string): void {
    const assetId = this.ready(order.article).shift() as string;
    order.assetId = assetId;
    const { orderId } = order;
    const context = this.context(`allocate:${orderId}`);
    this.sendToAsset(assetId, { type: 'AllocateAsset', data: { orderId, allocatedOn } }, context);
  }

  private deliverConsumables(day: string, delivery: ConsumableDelivery): void {
    const key = `${delivery.articleNo}.${delivery.location}`;
    this.onHand.set(key, (this.onHand.get(key) ?? 0) - delivery.quantity);
    this.volumes.consumablePackagesDelivered += delivery.quantity;
    const context = this.context(`deliver-consumables:${delivery.orderId}`);
    const { orderId, location, quantity } = delivery;
    this.commands.submit(`stock:${key}`, () =>
      this.commands.send(
        new OnConsumableStock(
          delivery.articleNo,
          { type: 'DeliverConsumables', data: { orderId, location, quantity, deliveredOn: day } },
          context,
        ),
      ),
    );
  }

  /** Incontinence products arrive in bulk at each municipality's depot when less than two weeks' demand is left. */
  private receiveConsumables(day: string, scale: number, regions: number): void {
    const articleWeight = CONSUMABLES.reduce((sum, article) => sum + article.weight, 0);
    const municipalityWeight = VASTMANLAND.reduce((sum, municipality) => sum + municipality.weight, 0);
    for (const article of CONSUMABLES) {
      for (const municipality of VASTMANLAND) {
        const dailyDemand =
          (DAILY.consumablePackages * scale * article.weight * municipality.weight) /
          articleWeight /
          municipalityWeight /
          regions;
        for (let region = 0; region < regions; region++) {
          const location = this.consumableLocation(municipality, region, regions);
          const key = `${article.articleNo}.${location}`;
          const onHand = this.onHand.get(key) ?? 0;
          if (onHand >= dailyDemand * 10 + 20) continue;
          const quantity = Math.ceil((dailyDemand * 20 + 40) / 48) * 48;
          this.onHand.set(key, onHand + quantity);
          this.volumes.consumablePackagesReceived += quantity;
          const context = this.context(`receive-consumables:${key}:${day}`);
          this.commands.submit(`stock:${key}`, () =>
            this.commands.send(
              new OnConsumableStock(
                article.articleNo,
                { type: 'ReceiveConsumables', data: { location, quantity, receivedOn: day } },
                context,
              ),
            ),
          );
        }
      }
    }
  }

  private returnAid(day: string): void {
    const assetId = this.onLoan.pick(this.random);
    if (!assetId) return;
    this.onLoan.remove(assetId);
    this.awaitingReconditioning.push({ assetId, returnedOn: day });
    pushTo(this.returnedIn, monthOf(day), assetId);
    this.volumes.returns++;
    const reason = this.random.pick(RETURN_REASONS);
    const context = this.context(`return:${assetId}:${day}`);
    this.sendToAsset(assetId, { type: 'ReturnAid', data: { returnedOn: day, reason } }, context);
  }

  /** Reconditions the oldest returns (not today's) and scraps a few worn-out ones. */
  private workshop(day: string, scale: number): string[] {
    const random = this.random;
    const reconditioned: string[] = [];
    const toRecondition = random.count(DAILY.reconditioned * scale);
    const toScrap = random.count(DAILY.scrapped * scale);
    const kept: { assetId: string; returnedOn: string }[] = [];
    let scrapped = 0;
    while (this.awaitingReconditioning.length > 0 && reconditioned.length + scrapped < toRecondition + toScrap) {
      const next = this.awaitingReconditioning[0];
      if (next.returnedOn >= day) break;
      this.awaitingReconditioning.shift();
      const { assetId } = next;
      if (scrapped < toScrap && (reconditioned.length >= toRecondition || random.chance(0.05))) {
        // An aid with an open repair is repaired first, not scrapped.
        if (this.openRepairs.has(assetId)) {
          kept.push(next);
          continue;
        }
        scrapped++;
        this.volumes.scrapped++;
        const reason = random.pick(SCRAP_REASONS);
        const context = this.context(`scrap:${assetId}`);
        this.sendToAsset(assetId, { type: 'ScrapAid', data: { scrappedOn: day, reason } }, context);
        continue;
      }
      reconditioned.push(assetId);
      this.volumes.reconditioned++;
      const context = this.context(`recondition:${assetId}:${day}`);
      this.sendToAsset(
        assetId,
        { type: 'ReconditionAid', data: { reconditionedOn: day, location: WAREHOUSE } },
        context,
      );
      this.inspectAtReconditioning(assetId, day);
    }
    this.awaitingReconditioning.unshift(...kept);
    return reconditioned;
  }

  private reportRepair(day: string): void {
    const random = this.random;
    let assetId: string | undefined;
    for (let tries = 0; tries < 5 && (assetId === undefined || this.openRepairs.has(assetId)); tries++)
      assetId = this.onLoan.pick(random);
    if (assetId === undefined || this.openRepairs.has(assetId)) return;
    const repairId = this.nextId('repair');
    // About nine in ten within five working days, the rest waits for parts.
    const workingDays = random.chance(0.9) ? random.int(1, 5) : random.int(6, 12);
    const completedOn = addSwedishWorkingDays(day, workingDays);
    this.openRepairs.add(assetId);
    pushTo(this.repairsDue, completedOn, { assetId, repairId, reportedOn: day });
    this.volumes.repairsReported++;
    const description = random.pick(REPAIR_DESCRIPTIONS);
    const context = this.context(`repair:${repairId}`);
    const report = { reportedOn: day, description, repairId };
    this.sendToAsset(assetId, { type: 'ReportRepair', data: report }, context, repairId);
  }

  private completeRepair(day: string, repair: Repair): void {
    this.openRepairs.delete(repair.assetId);
    this.volumes.repairsCompleted++;
    if (day <= addSwedishWorkingDays(repair.reportedOn, 5)) this.volumes.repairsWithinFiveWorkingDays++;
    const context = this.context(`repair-completed:${repair.repairId}`);
    const { assetId, repairId } = repair;
    this.sendToAsset(assetId, { type: 'CompleteRepair', data: { completedOn: day, repairId } }, context);
  }

  /** Lifts are inspected once a year: about one working day in 250 for each lift out on loan. */
  private inspectLifts(day: string): void {
    const random = this.random;
    const lifts = INDIVIDUAL_AIDS.filter((article) => article.inspectionIntervalMonths);
    const share = lifts.reduce((sum, a) => sum + a.weight, 0) / INDIVIDUAL_AIDS.reduce((sum, a) => sum + a.weight, 0);
    for (let n = random.count((this.onLoan.size * share) / 250); n > 0; n--) {
      let assetId = this.onLoan.pick(random);
      for (let tries = 0; tries < 200 && assetId && !this.articleOf.get(assetId)?.inspectionIntervalMonths; tries++)
        assetId = this.onLoan.pick(random);
      if (!assetId || !this.articleOf.get(assetId)?.inspectionIntervalMonths || this.openRepairs.has(assetId)) continue;
      this.volumes.inspections++;
      this.inspectedOn.set(assetId, day);
      const passed = random.chance(0.97);
      const context = this.context(`inspect:${assetId}:${day}`);
      this.sendToAsset(assetId, { type: 'InspectAid', data: { inspectedOn: day, passed } }, context);
    }
  }

  /**
   * Transport inspects lifts at their holders' homes as the route reaches them: about one in twenty of the lifts on
   * loan a working day (catching up on those due since before the history, so some are still overdue at its end);
   * about one in twelve fails and stays out of service until it is repaired or comes back.
   */
  private inspectAtHome(day: string): void {
    const random = this.inspectionsRandom;
    for (const assetId of this.onLoan.values()) {
      if (!this.articleOf.get(assetId)?.inspectionIntervalMonths || !random.chance(1 / 20)) continue;
      if (this.inspectedOn.get(assetId) === day || this.openRepairs.has(assetId)) continue;
      this.inspectedOn.set(assetId, day);
      this.volumes.inspections++;
      const passed = !random.chance(1 / 12);
      const context = this.context(`inspect-at-home:${assetId}:${day}`);
      this.sendToAsset(assetId, { type: 'InspectAid', data: { inspectedOn: day, passed } }, context);
    }
  }

  /**
   * A returned lift is inspected as it is reconditioned, and passes: it goes out again with its next inspection a
   * year away (an overdue one, or a failure on loan, would refuse its next allocation).
   */
  private inspectAtReconditioning(assetId: string, day: string): void {
    if (!this.articleOf.get(assetId)?.inspectionIntervalMonths) return;
    this.inspectedOn.set(assetId, day);
    this.volumes.inspections++;
    const context = this.context(`inspect:${assetId}:${day}`);
    this.sendToAsset(assetId, { type: 'InspectAid', data: { inspectedOn: day, passed: true } }, context);
  }

  /** One command on an aid, after the aid's earlier ones. */
  private sendToAsset(assetId: string, command: OnAsset['command'], context: CommandContext, answerId?: string): void {
    this.commands.submit(`asset:${assetId}`, () =>
      this.commands.send(new OnAsset(assetId, command, context, answerId)),
    );
  }

  private ready(article: DemoArticle): string[] {
    let shelf = this.readyByArticle.get(article.articleNo);
    if (!shelf) {
      shelf = [];
      this.readyByArticle.set(article.articleNo, shelf);
    }
    return shelf;
  }

  /** Consumables are kept at each municipality's depot, one set per region at national scale. */
  private consumableLocation(municipality: DemoMunicipality, region: number, regions: number): string {
    const depot = `${municipality.code}-FORRAD`;
    return regions === 1 ? depot : `R${String(region + 1).padStart(2, '0')}-${depot}`;
  }

  private municipality(name: string): DemoMunicipality {
    return VASTMANLAND.find((municipality) => municipality.name === name) ?? VASTMANLAND[0];
  }

  private individualArticle(articleNo: string): DemoArticle {
    return INDIVIDUAL_AIDS.find((article) => article.articleNo === articleNo) ?? INDIVIDUAL_AIDS[0];
  }

  private nextId(kind: string): string {
    return demoId(this.seed, kind, this.counter++);
  }

  /**
   * Correlation ids come from the seed like every aggregate id. No idempotency key: checking one costs a
   * hash per stored event on every command, and the generator never re-sends.
   */
  private context(_what: string): CommandContext {
    return { actor: this.actor, correlationId: demoId(this.seed, 'correlation', this.counter++) };
  }

  /** The books' commands count their own ids, so the rest of the history keeps its ids too. */
  private booksContext(_what: string): CommandContext {
    return { actor: this.actor, correlationId: demoId(this.seed, 'books-correlation', this.booksCounter++) };
  }
}
