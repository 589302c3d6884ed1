import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { EVENT_STORE, EventStoreClosedError, type EventStore } from '@aidledger/event-store';
import { todayInStockholm } from '../../apps/api/src/clock/clock.js';
import { importFolder, type ImportReport } from '../../apps/api/src/import/incumbent-import.js';
import { PersonalData } from '../../apps/api/src/personal-data/personal-data.js';
import { startHarness, type Harness } from '../support/app-harness.js';

const GOOD = path.resolve('samples/import');
const BAD = path.resolve('samples/import-bad');

/** The sample's CSV read independently of the import: plain csv-parse, the columns by name. */
const csv = (folder: string, file: string): Record<string, string>[] =>
  parse(readFileSync(path.join(folder, file)), { bom: true, delimiter: ';', columns: true });

describe('import from the incumbent', () => {
  let h: Harness;
  let store: EventStore;
  let run: (folder: string, dryRun: boolean, over?: EventStore) => Promise<ImportReport>;
  beforeAll(async () => {
    h = await startHarness();
    store = h.app.get<EventStore>(EVENT_STORE);
    const personalData = h.app.get(PersonalData);
    run = async (folder, dryRun, over = store) =>
      importFolder(over, await personalData.bulk(), { folder, dryRun, today: todayInStockholm(), batchSize: 3 });
  });
  afterAll(async () => h.close());

  it('a dry run of the bad folder names each bad line by file, line and column, and changes nothing', async () => {
    const head = await store.headPosition();
    const report = await run(BAD, true);
    expect(report.problems.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual([
      'aids.csv:3:articleNo', // unknown article
      'aids.csv:4:receivedOn', // 2023-02-30 does not exist
      'aids.csv:5:holderPersonnummer', // held by a person not in persons.csv
      'aids.csv:6:serialNumber', // the same serial number as line 2
      'aids.csv:7:payerId', // unknown payer
      'articles.csv:3:monthlyRentSek', // not a number
      'payers.csv:3:kind',
      'persons.csv:3:personnummer', // the check digit is wrong
    ]);
    for (const problem of report.problems) expect(problem.reason).not.toBe('');
    // The report never repeats a cell: no personnummer, no name.
    const text = JSON.stringify(report);
    for (const secret of ['9826', '9932', '9847', 'Astrid', 'Lindqvist', 'Gunnar']) expect(text).not.toContain(secret);
    expect(await store.headPosition()).toBe(head);
  });

  it('a real run of a folder with bad lines writes nothing', async () => {
    const head = await store.headPosition();
    const report = await run(BAD, false);
    expect(report.problems.length).toBe(8);
    expect(report.appendedEvents).toBe(0);
    expect(await store.headPosition()).toBe(head);
  });

  it('a dry run of the good folder finds no problem and changes nothing', async () => {
    const head = await store.headPosition();
    const report = await run(GOOD, true);
    expect(report.problems).toEqual([]);
    expect(report.rows).toEqual({
      'articles.csv': 5,
      'payers.csv': 3,
      'persons.csv': 4,
      'aids.csv': 7,
      'orders.csv': 2,
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('a run killed half way completes when run again; the same files once more append nothing', async () => {
    let appends = 0;
    // Appends after the 12th fail as they would when the process dies: what was written stays.
    const dying = new Proxy(store, {
      get(target, property) {
        if (property === 'appendToStream')
          return (...args: Parameters<EventStore['appendToStream']>) =>
            ++appends > 12 ? Promise.reject(new EventStoreClosedError()) : target.appendToStream(...args);
        return Reflect.get(target, property) as unknown;
      },
    });
    const killed = await run(GOOD, false, dying);
    expect(killed.appendedStreams).toBe(12);
    expect(killed.refused.length).toBeGreaterThan(0);

    const completed = await run(GOOD, false);
    expect(completed.problems).toEqual([]);
    expect(completed.refused).toEqual([]);
    expect(completed.existingStreams).toBe(12);
    // 5 articles, 3 payers, 4 persons (claim and person streams), 7 aids (unit number claim and aid streams),
    // 4 loans' orders, 2 open orders.
    expect(killed.appendedStreams + completed.appendedStreams).toBe(5 + 3 + 8 + 14 + 4 + 2);

    const head = await store.headPosition();
    const again = await run(GOOD, false);
    expect(again.appendedEvents).toBe(0);
    expect(again.appendedStreams).toBe(0);
    expect(await store.headPosition()).toBe(head);
  });

  it('the register and the stock are what the CSV says', async () => {
    await h.settle();
    const aids = csv(GOOD, 'aids.csv');
    for (const person of csv(GOOD, 'persons.csv')) {
      const lookup = await h.request({
        method: 'POST',
        url: '/api/persons/lookup',
        role: 'planner',
        body: { personnummer: person.personnummer },
      });
      expect(lookup.status).toBe(200);
      const { id } = lookup.body as { id: string };
      const register = await h.request({ method: 'GET', url: `/api/persons/${id}/aids`, role: 'auditor' });
      const current = (register.body as { current: { articleNo: string; since: string }[] }).current;
      const held = aids
        .filter((aid) => aid.holderPersonnummer === person.personnummer)
        .map((aid) => ({ articleNo: aid.articleNo, since: aid.since }));
      expect(current.map(({ articleNo, since }) => ({ articleNo, since })).sort(byKey)).toEqual(held.sort(byKey));
    }

    const expected = new Map<string, { articleNo: string; location: string; ready: number; onLoan: number }>();
    for (const aid of aids) {
      const key = `${aid.articleNo}|${aid.location}`;
      const row = expected.get(key) ?? { articleNo: aid.articleNo, location: aid.location, ready: 0, onLoan: 0 };
      if (aid.holderPersonnummer) row.onLoan++;
      else row.ready++;
      expected.set(key, row);
    }
    const stock = await h.request({ method: 'GET', url: '/api/stock', role: 'viewer' });
    const items = (stock.body as { items: { articleNo: string; location: string; ready: number; onLoan: number }[] })
      .items;
    expect(
      items.map(({ articleNo, location, ready, onLoan }) => ({ articleNo, location, ready, onLoan })).sort(byKey),
    ).toEqual([...expected.values()].sort(byKey));
  });

  it('a person whose sex the incumbent left empty is imported with sex null (unknown in the statistics)', async () => {
    for (const person of csv(GOOD, 'persons.csv')) {
      const lookup = await h.request({
        method: 'POST',
        url: '/api/persons/lookup',
        role: 'planner',
        body: { personnummer: person.personnummer },
      });
      const { id } = lookup.body as { id: string };
      const details = await h.request({ method: 'GET', url: `/api/persons/${id}`, role: 'planner' });
      expect((details.body as { sex: string | null }).sex).toBe(person.sex || null);
    }
    expect(csv(GOOD, 'persons.csv').some((person) => !person.sex)).toBe(true);
  });

  it('lists the imported payers; registering one again with the same facts does nothing, with others is 409', async () => {
    const payers = await h.request({ method: 'GET', url: '/api/payers', role: 'finance' });
    expect((payers.body as { items: object[] }).items.sort(byKey)).toEqual(
      csv(GOOD, 'payers.csv')
        .map((row) => ({
          payerId: row.payerId,
          name: row.name,
          kind: row.kind,
          municipality: row.municipality || null,
        }))
        .sort(byKey),
    );
    const sala = { payerId: 'KUND-SALA', name: 'Sala kommun', kind: 'municipality', municipality: 'Sala' };
    const head = await store.headPosition();
    expect((await h.request({ method: 'POST', url: '/api/payers', role: 'finance', body: sala })).status).toBe(201);
    expect(await store.headPosition()).toBe(head);
    const other = await h.request({
      method: 'POST',
      url: '/api/payers',
      role: 'admin',
      body: { ...sala, name: 'Sala' },
    });
    expect(other.status).toBe(409);
    expect((other.body as { code: string }).code).toBe('PAYER.ALREADY_REGISTERED');
    const municipalWithout = { payerId: 'KUND-X', name: 'X', kind: 'municipality' };
    expect((await h.request({ method: 'POST', url: '/api/payers', body: municipalWithout })).status).toBe(400);
    expect((await h.request({ method: 'POST', url: '/api/payers', role: 'planner', body: sala })).status).toBe(403);
  });
});

const byKey = (a: object, b: object): number => JSON.stringify(a).localeCompare(JSON.stringify(b));
