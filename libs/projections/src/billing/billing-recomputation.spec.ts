import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@aidledger/event-store';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { openReadModelDb, type ReadModelDb } from '../read-model-db.js';
import { rebuildProjection } from '../runtime/rebuild.js';
import { recomputeBilling } from '../testing/billing-recomputation.js';
import { testMetadata, type EventOf, type ProjectedEventType } from '../testing/events.js';
import { defaultBillingProjection } from './billing.projection.js';
import { billingMonths, invoiceBasisOfAll, type BillingLine } from './billing.queries.js';

/**
 * The issue's independent recomputation: a generated year of history (deliveries, returns, pickup requests and
 * cancellations, moves registered late, corrected days, reversed deliveries, sold aids, consumables, months closed
 * as the year goes by), projected; then the sum of every payer's lines over all months, corrections included,
 * must equal what a plain loop over the aids' histories gives, written here without rent.ts or the projection.
 * Only the Swedish working-day calendar (libs/domain/src/shared/working-days.ts) is shared.
 */

const YEAR_START = '2025-01-01';
const TODAY = '2025-12-31';
const RENT_STOP_WORKING_DAYS = 3;

/** mulberry32: a small seeded generator, so the year is the same on every run. */
const seeded = (seed: number) => {
  let state = seed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!,
  };
};

const dayMs = 86_400_000;
const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const later = (a: string, b: string): string => (a > b ? a : b);

type Article = {
  articleNo: string;
  rentable: boolean;
  rent: number;
  price: number;
  region: boolean;
  consumable: boolean;
};
const ARTICLES: Article[] = [
  { articleNo: 'RULL', rentable: true, rent: 310, price: 9000, region: false, consumable: false },
  { articleNo: 'SANG', rentable: true, rent: 520, price: 21000, region: false, consumable: false },
  { articleNo: 'LYFT', rentable: true, rent: 780, price: 30000, region: true, consumable: false },
  { articleNo: 'ROLL', rentable: true, rent: 150, price: 4000, region: false, consumable: false },
  { articleNo: 'KRYCKA', rentable: false, rent: 0, price: 450, region: false, consumable: false },
  { articleNo: 'BLOJA', rentable: false, rent: 0, price: 12, region: false, consumable: true },
];
/** Köping gets its payer only in the summer: moves there before that keep the previous payer until then. */
const MUNICIPALITIES = ['Västerås', 'Sala', 'Köping', 'Fagersta', 'Arboga'];
const payerOfMunicipality = (municipality: string): string => `K-${municipality}`;
const REGION_PAYER = 'R-HJALP';

const event = <T extends ProjectedEventType>(type: T, data: EventOf<T>['data']) => ({
  id: randomUUID(),
  type,
  data,
  metadata: testMetadata('recomputation', '2025-01-01T08:00:00.000Z'),
});

/** Appends a year, day by day, as the centre would have recorded it (some of it late). */
const generateYear = async (store: EventStore, aids: number, persons: number): Promise<void> => {
  const random = seeded(13);
  const append = (streamId: string, e: ReturnType<typeof event>) => store.appendToStream(streamId, [e], 'any');
  for (const a of ARTICLES)
    await append(
      `article-${a.articleNo}`,
      event('ArticleRegistered', {
        articleNo: a.articleNo,
        name: a.articleNo,
        isoCode: '12 22 03',
        kind: a.consumable ? 'consumable' : 'individual',
        rentable: a.rentable,
        monthlyRentSek: a.rentable ? a.rent : null,
        purchasePriceSek: a.price,
        bulky: false,
        inspectionIntervalMonths: null,
        expectedLifetimeYears: null,
        ...(a.region ? { costResponsibility: 'region' as const } : {}),
      }),
    );
  const registerPayer = (municipality: string) =>
    append(
      `payer-${payerOfMunicipality(municipality)}`,
      event('PayerRegistered', {
        payerId: payerOfMunicipality(municipality),
        name: municipality,
        kind: 'municipality',
        municipality,
      }),
    );
  for (const municipality of MUNICIPALITIES.filter((m) => m !== 'Köping')) await registerPayer(municipality);
  await append(
    `payer-${REGION_PAYER}`,
    event('PayerRegistered', { payerId: REGION_PAYER, name: 'Hjälpmedel', kind: 'region', municipality: null }),
  );

  const home = new Map<string, string>();
  for (let p = 0; p < persons; p++) home.set(`p${p}`, MUNICIPALITIES[p % MUNICIPALITIES.length]!);
  type Out = {
    orderId: string;
    personId: string;
    articleNo: string;
    deliveredOn: string;
    revision: number;
    requested: string | null;
  };
  const out = new Map<string, Out>();
  /** The day each aid is free again (its last return), and the revision of its last event. */
  const freeFrom = new Map<string, string>();
  const revisions = new Map<string, number>();
  const lastReturn = new Map<string, { revision: number; returnedOn: string; deliveredOn: string }>();
  const assetAppend = async (assetId: string, e: ReturnType<typeof event>): Promise<number> => {
    await append(`asset-${assetId}`, e);
    const revision = (revisions.get(assetId) ?? -1) + 1;
    revisions.set(assetId, revision);
    return revision;
  };
  let orders = 0;
  const placeOrder = async (personId: string, article: Article, today: string): Promise<string> => {
    const orderId = `o${orders++}`;
    const payerId = article.region ? REGION_PAYER : payerOfMunicipality(home.get(personId)!);
    // Köping has no payer before the summer: its residents' orders go to the region.
    const known = payerId !== payerOfMunicipality('Köping') || today >= '2025-07-01' ? payerId : REGION_PAYER;
    await append(
      `order-${orderId}`,
      event('OrderPlaced', {
        orderId,
        personId,
        articleNo: article.articleNo,
        prescriberId: 'FS-1',
        priority: 2,
        plannedDeliveryDate: today,
        municipality: home.get(personId)!,
        payerId: known,
        placedOn: today,
      }),
    );
    return orderId;
  };

  const aidIds = Array.from({ length: aids }, (_, n) => `aid${String(n).padStart(4, '0')}`);
  const articleOfAid = (assetId: string): Article => ARTICLES[Number(assetId.slice(3)) % 5]!;
  for (let offset = 0; offset < 365; offset++) {
    const today = plusDays(YEAR_START, offset);
    if (today === '2025-07-01') await registerPayer('Köping');
    // The books close on the 5th for the month before, from February to October.
    if (today.endsWith('-05') && today >= '2025-02-05' && today <= '2025-10-05')
      await append(
        'billing-months',
        event('BillingMonthClosed', { month: plusDays(today, -10).slice(0, 7), closedOn: today }),
      );
    for (const assetId of aidIds) {
      const loan = out.get(assetId);
      const article = articleOfAid(assetId);
      if (!loan) {
        if (!random.chance(0.02) || (freeFrom.get(assetId) ?? YEAR_START) > today) continue;
        const personId = random.pick([...home.keys()]);
        const orderId = await placeOrder(personId, article, today);
        // Some deliveries are registered a few days (up to three weeks) after they happened.
        const back = random.chance(0.1) ? random.int(21) : 0;
        const deliveredOn = later(plusDays(today, -back), freeFrom.get(assetId) ?? YEAR_START);
        const revision = await assetAppend(
          assetId,
          event('AidDelivered', {
            assetId,
            orderId,
            personId,
            articleNo: article.articleNo,
            deliveredOn,
            plannedDeliveryDate: deliveredOn,
            municipality: home.get(personId)!,
            routeId: 'r1',
          }),
        );
        if (article.rentable)
          out.set(assetId, { orderId, personId, articleNo: article.articleNo, deliveredOn, revision, requested: null });
        else freeFrom.set(assetId, '9999-12-31');
        continue;
      }
      if (random.chance(0.004)) {
        await assetAppend(
          assetId,
          event('AidDeliveryReversed', {
            assetId,
            orderId: loan.orderId,
            personId: loan.personId,
            articleNo: loan.articleNo,
            revision: loan.revision,
            deliveredOn: loan.deliveredOn,
            location: 'WH1',
            reason: 'wrong aid',
          }),
        );
        out.delete(assetId);
        continue;
      }
      if (random.chance(0.004) && loan.requested === null) {
        const to = later(plusDays(loan.deliveredOn, random.int(7) - 3), freeFrom.get(assetId) ?? YEAR_START);
        if (to <= today) {
          await assetAppend(
            assetId,
            event('BusinessDateCorrected', {
              assetId,
              revision: loan.revision,
              eventType: 'AidDelivered',
              field: 'deliveredOn',
              from: loan.deliveredOn,
              to,
              reason: 'typo',
            }),
          );
          loan.deliveredOn = to;
        }
      }
      if (loan.requested === null && random.chance(0.01)) {
        loan.requested = today;
        await assetAppend(
          assetId,
          event('PickupRequested', {
            assetId,
            personId: loan.personId,
            orderId: loan.orderId,
            articleNo: loan.articleNo,
            requestedOn: today,
            plannedPickupDate: plusDays(today, 10),
            reason: 'no longer needed',
          }),
        );
        continue;
      }
      if (loan.requested !== null && random.chance(0.03)) {
        await assetAppend(
          assetId,
          event('PickupCancelled', { assetId, requestedOn: loan.requested, reason: 'needed', cancelledOn: today }),
        );
        loan.requested = null;
        continue;
      }
      if (random.chance(loan.requested !== null ? 0.15 : 0.008)) {
        const returnedOn = later(plusDays(today, -random.int(4)), loan.deliveredOn);
        const revision = await assetAppend(
          assetId,
          event('AidReturned', { assetId, personId: loan.personId, orderId: loan.orderId, returnedOn, reason: 'done' }),
        );
        out.delete(assetId);
        freeFrom.set(assetId, returnedOn);
        lastReturn.set(assetId, { revision, returnedOn, deliveredOn: loan.deliveredOn });
        continue;
      }
    }
    // A return day registered wrongly is corrected now and then, sometimes into a closed month.
    for (const [assetId, returned] of lastReturn)
      if (!out.has(assetId) && random.chance(0.01)) {
        const to = later(plusDays(returned.returnedOn, random.int(21) - 10), returned.deliveredOn);
        if (to > today || (freeFrom.get(assetId) ?? '') !== returned.returnedOn) continue;
        await assetAppend(
          assetId,
          event('BusinessDateCorrected', {
            assetId,
            revision: returned.revision,
            eventType: 'AidReturned',
            field: 'returnedOn',
            from: returned.returnedOn,
            to,
            reason: 'typo',
          }),
        );
        returned.returnedOn = to;
        freeFrom.set(assetId, to);
      }
    // Persons move; the move is often registered weeks late, into a closed month.
    for (const [personId, municipality] of home)
      if (random.chance(0.004)) {
        const toMunicipality = random.pick(MUNICIPALITIES.filter((m) => m !== municipality));
        await append(
          `person-${personId}`,
          event('PersonMoved', {
            personId,
            fromMunicipality: municipality,
            toMunicipality,
            movedOn: plusDays(today, -random.int(50)),
          }),
        );
        home.set(personId, toMunicipality);
      }
    if (random.chance(0.3)) {
      const personId = random.pick([...home.keys()]);
      const orderId = await placeOrder(personId, ARTICLES[5]!, today);
      await append(
        'stock-BLOJA.WH1',
        event('ConsumablesDelivered', {
          articleNo: 'BLOJA',
          location: 'WH1',
          quantity: 1 + random.int(40),
          orderId,
          plannedDeliveryDate: today,
          deliveredOn: today,
        }),
      );
    }
  }
};

const monthsOfTheYear = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);

const everyLine = async (db: ReadModelDb): Promise<BillingLine[]> => {
  const lines: BillingLine[] = [];
  for (const month of monthsOfTheYear)
    for (const basis of await invoiceBasisOfAll(db, { month, today: TODAY })) lines.push(...basis.lines);
  return lines;
};

describe('billing: a year of history recomputed independently', () => {
  let temp: TempSqliteStore;
  let events: RecordedEvent[];
  const dbs: ReadModelDb[] = [];
  const project = async (batchSize: number): Promise<ReadModelDb> => {
    const db = openReadModelDb({ dataDir: '', sqliteFile: ':memory:' });
    dbs.push(db);
    await rebuildProjection({ store: temp.store, db, projection: defaultBillingProjection, batchSize });
    return db;
  };

  beforeAll(async () => {
    temp = await openTempSqliteStore();
    await generateYear(temp.store, 240, 60);
    events = await temp.store.readAll();
  });

  afterAll(async () => {
    for (const db of dbs) await db.destroy();
    await temp.cleanup();
  });

  it('the sum of every payer’s lines over all months equals a plain loop over the aids’ histories', async () => {
    const db = await project(500);
    expect(await billingMonths(db)).toEqual({ booksFrom: '2025-01', closedThrough: '2025-09' });
    const lines = await everyLine(db);
    const byPayer = new Map<string, number>();
    for (const line of lines) byPayer.set(line.payerId, (byPayer.get(line.payerId) ?? 0) + line.amountSek);
    const expected = recomputeBilling(events, TODAY, RENT_STOP_WORKING_DAYS);
    expect(Object.fromEntries([...byPayer].sort())).toEqual(Object.fromEntries([...expected].sort()));
    // The year holds what the test is about: late moves and corrections credited and charged again.
    const kinds = new Set(events.map((e) => e.type));
    for (const type of ['PersonMoved', 'BusinessDateCorrected', 'AidDeliveryReversed', 'PickupCancelled'])
      expect(kinds).toContain(type);
    expect(lines.filter((line) => line.kind === 'correction' && line.amountSek < 0).length).toBeGreaterThan(10);
    expect(lines.filter((line) => line.kind === 'correction' && line.amountSek > 0).length).toBeGreaterThan(10);
  });

  it('every line’s because points at events that exist in the store', async () => {
    const db = await project(500);
    const stored = new Set(events.map((e) => `${e.streamId}@${e.revision}`));
    const lines = await everyLine(db);
    expect(lines.length).toBeGreaterThan(1000);
    const missing = lines.flatMap((line) =>
      line.because.filter((ref) => !stored.has(`${ref.streamId}@${ref.revision}`)).map((ref) => [line.lineId, ref]),
    );
    expect(missing).toEqual([]);
    expect(lines.every((line) => line.because.length > 0)).toBe(true);
  });

  it('a rebuild in other batches gives the same lines', async () => {
    const [a, b] = [await project(500), await project(97)];
    expect(await everyLine(b)).toEqual(await everyLine(a));
  });
});
