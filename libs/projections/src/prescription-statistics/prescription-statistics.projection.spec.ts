import type { Sex } from '@aidledger/domain';
import type { ReadModelDb } from '../read-model-db.js';
import type { RecordedEvent } from '@aidledger/event-store';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { isoClassOf, prescriptionStatisticsProjection } from './prescription-statistics.projection.js';
import {
  findPrescriptionStatistics,
  suppressSmallCells,
  type PrescriptionGroupBy,
} from './prescription-statistics.queries.js';

const spec = projectionSpec(prescriptionStatisticsProjection);

type Log = ReturnType<typeof eventLog>;
const person = (e: Log, personId: string, sex: Sex | null, birthYear: number) =>
  e('PersonRegistered', { personId, personnummer: 'x', sex, birthYear, municipality: 'Västerås' });
const article = (e: Log, articleNo: string, isoCode: string) =>
  e('ArticleRegistered', {
    articleNo,
    name: articleNo,
    isoCode,
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 100,
    purchasePriceSek: 1000,
    bulky: false,
    inspectionIntervalMonths: null,
    expectedLifetimeYears: null,
  });
const order = (
  e: Log,
  orderId: string,
  personId: string,
  placedOn: string,
  municipality = 'Västerås',
  articleNo = 'A-1',
) =>
  e('OrderPlaced', {
    orderId,
    personId,
    articleNo,
    prescriberId: 'pr-1',
    priority: 2,
    plannedDeliveryDate: placedOn,
    municipality,
    payerId: 'KUND-1',
    placedOn,
  });

const activated = async (events: RecordedEvent[]): Promise<ReadModelDb> => {
  const db = await spec.open();
  await db.schema
    .createTable('projection_state')
    .addColumn('name', 'text')
    .addColumn('version', 'integer')
    .addColumn('status', 'text')
    .execute();
  await db
    .insertInto('projection_state')
    .values({ name: 'prescription-statistics', version: 1, status: 'active' })
    .execute();
  await spec.apply(db, events);
  return db;
};

const counts = (female: number, male: number, other: number, unknown: number) => ({ female, male, other, unknown });

describe('prescription statistics projection', () => {
  it('keeps per order its person, article, municipality and day; of a person only sex and birth year', async () => {
    const e = eventLog();
    await spec
      .given(person(e, 'p1', 'female', 1940), person(e, 'p2', null, 1990), order(e, 'o1', 'p1', '2025-03-10'))
      .then('persons', [
        { person_id: 'p1', sex: 'female', birth_year: 1940 },
        { person_id: 'p2', sex: 'unknown', birth_year: 1990 },
      ]);
    await spec
      .given(order(e, 'o1', 'p1', '2025-03-10', 'Sala'))
      .then('orders', [
        { order_id: 'o1', person_id: 'p1', article_no: 'A-1', municipality: 'Sala', placed_on: '2025-03-10' },
      ]);
    await spec.given(article(e, 'A-1', '12 22 03')).then('articles', [{ article_no: 'A-1', iso_class: '12' }]);
  });

  it('the ISO class is the first two-digit group of the ISO 9999 code', () => {
    expect(isoClassOf('12 22 03')).toBe('12');
    expect(isoClassOf('091203')).toBe('09');
    expect(isoClassOf('')).toBe('unknown');
  });

  it('a cell of 4 is suppressed, a cell of 5 is shown', () => {
    expect(suppressSmallCells('k', counts(5, 5, 0, 5))).toEqual({
      key: 'k',
      ...counts(5, 5, 0, 5),
      total: 15,
      suppressed: false,
    });
    const four = suppressSmallCells('k', counts(20, 30, 0, 4));
    expect(four.unknown).toBeNull();
    expect(four.suppressed).toBe(true);
  });

  it('a suppressed cell that the total would give back takes the smallest shown cell with it', () => {
    // unknown = total − female − male would be 4: female (the smallest) is suppressed too; only their 24 is known.
    expect(suppressSmallCells('k', counts(20, 30, 0, 4))).toEqual({
      key: 'k',
      female: null,
      male: 30,
      other: 0,
      unknown: null,
      total: 54,
      suppressed: true,
    });
    // Two small cells adding up to 5 or more are not given back one by one.
    expect(suppressSmallCells('k', counts(20, 30, 2, 3))).toMatchObject({ female: 20, male: 30, total: 55 });
    // A group of fewer than 5 shows nothing.
    expect(suppressSmallCells('k', counts(3, 0, 0, 0))).toEqual({
      key: 'k',
      ...counts(0, 0, 0, 0),
      female: null,
      total: null,
      suppressed: true,
    });
  });

  it('counts a person registered after the order, by sex, with unknown when none is recorded, from/to inclusive', async () => {
    const e = eventLog();
    const events = [
      ...Array.from({ length: 6 }, (_, i) => order(e, `of${i}`, `f${i}`, '2025-03-01')),
      ...Array.from({ length: 5 }, (_, i) => order(e, `om${i}`, `m${i}`, '2025-03-31')),
      ...Array.from({ length: 5 }, (_, i) => order(e, `ou${i}`, `u${i}`, '2025-03-15')),
      order(e, 'outside', 'f0', '2025-04-01'),
      ...Array.from({ length: 6 }, (_, i) => person(e, `f${i}`, 'female', 1950)),
      ...Array.from({ length: 5 }, (_, i) => person(e, `m${i}`, 'male', 1950)),
      ...Array.from({ length: 4 }, (_, i) => person(e, `u${i}`, null, 1950)),
      // u4 is never registered: unknown too.
      e('PersonErased', { personId: 'f0', reason: 'GDPR', erasedOn: '2025-05-01' }),
    ];
    const db = await activated(events);
    expect(await findPrescriptionStatistics(db, { from: '2025-03-01', to: '2025-03-31', groupBy: 'sex' })).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      groupBy: 'sex',
      groups: [
        { key: 'female', ...counts(6, 0, 0, 0), total: 6, suppressed: false },
        { key: 'male', ...counts(0, 5, 0, 0), total: 5, suppressed: false },
        { key: 'unknown', ...counts(0, 0, 0, 5), total: 5, suppressed: false },
      ],
      unknownShare: 0.313,
    });
    await expect(
      findPrescriptionStatistics(db, { from: '2025-04-01', to: '2025-03-01', groupBy: 'sex' }),
    ).rejects.toMatchObject({
      code: 'STATISTICS.FROM_AFTER_TO',
      kind: 'invalid',
    });
    await db.destroy();
  });

  it('the age band is the age reached in the year of the order: 17 and 18, 64 and 65, 79 and 80', async () => {
    const e = eventLog();
    const ages = [17, 18, 64, 65, 79, 80];
    const events = ages.flatMap((age) =>
      Array.from({ length: 5 }, (_, i) => [
        person(e, `p${age}-${i}`, 'female', 2025 - age),
        order(e, `o${age}-${i}`, `p${age}-${i}`, '2025-01-01'),
      ]).flat(),
    );
    const db = await activated(events);
    const { groups } = await findPrescriptionStatistics(db, { groupBy: 'ageBand' });
    expect(groups.map((group) => [group.key, group.female])).toEqual([
      ['0-17', 5],
      ['18-64', 10],
      ['65-79', 10],
      ['80+', 5],
    ]);
    await db.destroy();
  });

  it('every figure agrees with a recomputation from the events, whatever the grouping', async () => {
    const e = eventLog();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const sexes: (Sex | null)[] = ['female', 'female', 'female', 'male', 'male', 'other', null];
    const municipalities = ['Västerås', 'Sala', 'Köping', 'Fagersta'];
    const isoCodes = ['12 22 03', '18 12 10', '09 12 03', '04 33 06'];
    const people = Array.from({ length: 150 }, (_, i) => ({
      personId: `p${i}`,
      sex: pick(sexes),
      birthYear: 1920 + Math.floor(random() * 100),
    }));
    const orders = Array.from({ length: 600 }, (_, i) => ({
      orderId: `o${i}`,
      personId: pick(people).personId,
      articleNo: `A-${Math.floor(random() * 4)}`,
      municipality: pick(municipalities),
      placedOn: `2025-0${1 + Math.floor(random() * 6)}-1${Math.floor(random() * 9)}`,
    }));
    const events: RecordedEvent[] = [
      ...orders.slice(0, 300).map((o) => order(e, o.orderId, o.personId, o.placedOn, o.municipality, o.articleNo)),
      ...people.map((p) => person(e, p.personId, p.sex, p.birthYear)),
      ...isoCodes.map((code, i) => article(e, `A-${i}`, code)),
      ...orders.slice(300).map((o) => order(e, o.orderId, o.personId, o.placedOn, o.municipality, o.articleNo)),
    ];
    const db = await activated(events);
    const from = '2025-02-10';
    const to = '2025-05-18';
    const inPeriod = orders.filter((o) => o.placedOn >= from && o.placedOn <= to);
    const personOf = new Map(people.map((p) => [p.personId, p]));
    const keyOf: Record<PrescriptionGroupBy, (o: (typeof orders)[number]) => string> = {
      sex: (o) => personOf.get(o.personId)!.sex ?? 'unknown',
      municipality: (o) => o.municipality,
      isoClass: (o) => isoCodes[Number(o.articleNo.slice(2))]!.slice(0, 2),
      ageBand: (o) => {
        const age = Number(o.placedOn.slice(0, 4)) - personOf.get(o.personId)!.birthYear;
        return age < 18 ? '0-17' : age < 65 ? '18-64' : age < 80 ? '65-79' : '80+';
      },
    };
    for (const groupBy of ['sex', 'municipality', 'isoClass', 'ageBand'] as const) {
      const statistics = await findPrescriptionStatistics(db, { from, to, groupBy });
      const expectedKeys = new Set(inPeriod.map(keyOf[groupBy]));
      expect(statistics.groups.map((group) => group.key).sort()).toEqual([...expectedKeys].sort());
      for (const group of statistics.groups) {
        const mine = inPeriod.filter((o) => keyOf[groupBy](o) === group.key);
        const hiddenSum = { sum: 0 };
        for (const sex of ['female', 'male', 'other', 'unknown'] as const) {
          const count = mine.filter((o) => (personOf.get(o.personId)!.sex ?? 'unknown') === sex).length;
          if (count > 0 && count < 5) expect(group[sex]).toBeNull();
          if (group[sex] === null) hiddenSum.sum += count;
          else expect(group[sex]).toBe(count);
        }
        if (group.total !== null) {
          expect(group.total).toBe(mine.length);
          // What the total gives back of the suppressed cells is never 1 to 4 orders.
          expect(hiddenSum.sum === 0 || hiddenSum.sum >= 5).toBe(true);
        }
        expect(group.suppressed).toBe(group.total === null || hiddenSum.sum > 0 || Object.values(group).includes(null));
      }
      const unknown = inPeriod.filter((o) => personOf.get(o.personId)!.sex === null).length;
      expect(statistics.unknownShare).toBe(Math.round((unknown / inPeriod.length) * 1000) / 1000);
    }
    await db.destroy();
  });
});
