/**
 * A region's import folder as the incumbent would export it (85,300 aids out on rent with their holders, made
 * from the demo's region model): shared by bench:import and bench:billing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Sex } from '../libs/domain/src/index.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { demoPersonnummer } from '../apps/api/src/demo/demo-ids.js';
import { demoContact } from '../apps/api/src/demo/demo-people.js';
import { INDIVIDUAL_AIDS, VASTMANLAND } from '../apps/api/src/demo/region.js';
import { SeededRandom } from '../apps/api/src/demo/seeded-random.js';
import { addDays } from '../libs/domain/src/index.js';

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

/** The machine a figure was measured on: on a shared machine a figure says little without the load beside it. */
export const machineFacts = (loadBefore: readonly number[]) => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  loadAverage: {
    before: loadBefore.map((load) => Number(load.toFixed(2))),
    after: os.loadavg().map((load) => Number(load.toFixed(2))),
  },
});
