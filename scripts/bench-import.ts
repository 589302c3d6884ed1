/**
 * The import at the region's scale: a folder as the incumbent would export it (85,300 aids out on rent with their
 * holders, made from the demo's region model) is generated into .tmp, then imported into a fresh embedded store,
 * then imported again (which must append nothing).
 *   npm run bench:import [-- --aids 85300 --seed 7]
 * Writes bench-results/import.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import type { Sex } from '../libs/domain/src/index.js';
import { SqliteEventStore } from '../libs/event-store/src/index.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { demoPersonnummer } from '../apps/api/src/demo/demo-ids.js';
import { demoContact } from '../apps/api/src/demo/demo-people.js';
import { INDIVIDUAL_AIDS, VASTMANLAND } from '../apps/api/src/demo/region.js';
import { SeededRandom } from '../apps/api/src/demo/seeded-random.js';
import { importFolder } from '../apps/api/src/import/incumbent-import.js';
import { openKeyVault } from '../apps/api/src/personal-data/key-vault.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.js';
import { addDays } from '../libs/domain/src/index.js';

const { values } = parseArgs({
  options: { aids: { type: 'string', default: '85300' }, seed: { type: 'string', default: '7' } },
});
const root = path.resolve('.tmp');

/** Writes a CSV as a Swedish spreadsheet tool does: a BOM, `;`, a header row, quotes where needed. */
const writeCsv = (folder: string, file: string, rows: Record<string, string | number>[]): void => {
  writeFileSync(path.join(folder, file), `\ufeff${stringify(rows, { header: true, delimiter: ';' })}`);
};

/** A region's import folder: its articles, a payer per municipality and the region, the holders and their aids. */
export const generateRegionFolder = (folder: string, aids: number, seed: number): { persons: number } => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const random = new SeededRandom(seed);
  const today = todayInStockholm();
  writeCsv(
    folder,
    'articles.csv',
    INDIVIDUAL_AIDS.map((a) => ({
      articleNo: a.articleNo,
      name: a.name,
      isoCode: a.isoCode,
      kind: a.kind,
      rentable: a.rentable ? 'ja' : 'nej',
      monthlyRentSek: a.monthlyRentSek ?? '',
      purchasePriceSek: String(a.purchasePriceSek).replace('.', ','),
      bulky: a.bulky ? 'ja' : 'nej',
      inspectionIntervalMonths: a.inspectionIntervalMonths ?? '',
      expectedLifetimeYears: a.expectedLifetimeYears ?? '',
      costResponsibility: a.isoCode.startsWith('22') ? 'region' : 'municipality',
    })),
  );
  writeCsv(folder, 'payers.csv', [
    ...VASTMANLAND.map((m) => ({
      payerId: `KUND-${m.code}`,
      name: `${m.name} kommun`,
      kind: 'municipality',
      municipality: m.name,
    })),
    { payerId: 'REGION-VL', name: 'Region Västmanland', kind: 'region', municipality: '' },
  ]);
  const used = new Set<string>();
  const persons: { personnummer: string; municipality: (typeof VASTMANLAND)[number] }[] = [];
  const personRows: Record<string, string>[] = [];
  const aidRows: Record<string, string>[] = [];
  for (let n = 0; n < aids; n++) {
    // About two in three aids have a holder of their own, as in the demo's bulk history.
    let person = persons.length > 0 && random.chance(0.35) ? random.pick(persons) : null;
    if (!person) {
      const sex: Sex = random.chance(0.58) ? 'female' : 'male';
      const municipality = random.weighted(VASTMANLAND);
      const personnummer = demoPersonnummer(random, sex, used);
      const contact = demoContact(random.uuid(), sex, municipality);
      person = { personnummer, municipality };
      persons.push(person);
      personRows.push({
        personnummer,
        sex,
        municipality: municipality.name,
        name: contact.name,
        street: contact.address.street,
        postalCode: contact.address.postalCode,
        city: contact.address.city,
        phone: contact.phone ?? '',
        deliveryNotes: contact.deliveryNotes ?? '',
        protectedIdentity: 'nej',
      });
    }
    const article = random.weighted(INDIVIDUAL_AIDS);
    const since = addDays(today, -random.int(1, 6 * 365));
    aidRows.push({
      serialNumber: `SN-${article.articleNo}-${String(n).padStart(7, '0')}`,
      articleNo: article.articleNo,
      location: 'VAS-HUVUDLAGER',
      receivedOn: addDays(since, -random.int(0, 400)),
      holderPersonnummer: person.personnummer,
      since,
      payerId: article.isoCode.startsWith('22') ? 'REGION-VL' : `KUND-${person.municipality.code}`,
      prescriberId: `FS-${random.int(1000, 1400)}`,
    });
  }
  writeCsv(folder, 'persons.csv', personRows);
  writeCsv(folder, 'aids.csv', aidRows);
  return { persons: personRows.length };
};

const aids = Number(values.aids);
const folder = path.join(root, 'import-region');
const { persons } = generateRegionFolder(folder, aids, Number(values.seed));
const dataDir = path.join(root, 'bench-import-store');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const run = async (): Promise<{ seconds: number; cpuSeconds: number; appendedEvents: number; problems: number }> => {
  const store = SqliteEventStore.open(path.join(dataDir, 'events.sqlite'));
  const personalData = new PersonalData(openKeyVault({ dataDir, databaseUrl: null }));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await importFolder(store, await personalData.bulk(), {
    folder,
    dryRun: false,
    today: todayInStockholm(),
    actor: 'bench:import',
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  await store.close();
  await personalData.close();
  return {
    seconds,
    cpuSeconds,
    appendedEvents: report.appendedEvents,
    problems: report.problems.length + report.refused.length,
  };
};

// On a shared machine the figures say little without the load the other jobs put on it.
const loadBefore = os.loadavg();
const first = await run();
const again = await run();
const result = {
  at: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    loadAverage: {
      before: loadBefore.map((load) => Number(load.toFixed(2))),
      after: os.loadavg().map((load) => Number(load.toFixed(2))),
    },
  },
  aidsOnLoan: aids,
  persons,
  'import.seconds': Number(first.seconds.toFixed(1)),
  // CPU time of the import process: on a machine shared with other jobs the wall time says more about them.
  'import.cpuSeconds': Number(first.cpuSeconds.toFixed(1)),
  'import.events': first.appendedEvents,
  'import.eventsPerSecond': Math.round(first.appendedEvents / first.seconds),
  'import.again.seconds': Number(again.seconds.toFixed(1)),
  'import.again.cpuSeconds': Number(again.cpuSeconds.toFixed(1)),
  'import.again.events': again.appendedEvents,
  problems: first.problems + again.problems,
  goal: 'import.seconds < 60 on two cores',
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/import.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
rmSync(dataDir, { recursive: true, force: true });
