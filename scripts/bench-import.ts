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
import { SqliteEventStore } from '../libs/event-store/src/index.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { importFolder } from '../apps/api/src/import/incumbent-import.js';
import { openKeyVault } from '../apps/api/src/personal-data/key-vault.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.js';
import { generateRegionFolder, machineFacts } from './region-folder.js';

const { values } = parseArgs({
  options: { aids: { type: 'string', default: '85300' }, seed: { type: 'string', default: '7' } },
});
const root = path.resolve('.tmp');

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
  machine: machineFacts(loadBefore),
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
