import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openEventStore, type EventStore } from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { loadConfig } from '../config/app.config.js';
import { DEMO_STREAM } from '../demo/demo-store.js';
import { GenerationProgress } from '../demo/generation-progress.js';
import { openKeyVault } from '../personal-data/key-vault.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { importFolder } from './incumbent-import.js';

/**
 *   npm run import -- [--dry-run] [--actor import:2025-migration] <folder>
 * The report goes to stdout as JSON (file, line, column and reason per bad line, never a cell's value), the
 * progress bar to stderr. Exit code 0 when everything was (or would be) imported, 1 when a line is bad or an
 * append was refused, 2 for a wrong call.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, actor: { type: 'string', default: 'import' } },
});
const folder = positionals[0];
if (positionals.length !== 1 || !existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write('usage: npm run import -- [--dry-run] [--actor <name>] <folder with the CSV files>\n');
  process.exit(2);
}
const dryRun = values['dry-run'] ?? false;
const config = loadConfig({ ...process.env, DEMO_DATA: 'off' });

// A dry run changes nothing, so it does not create an embedded store that is not there yet.
const embeddedMissing = config.eventStore === 'sqlite' && !existsSync(path.join(config.dataDir, 'events.sqlite'));
const store: EventStore | null = dryRun && embeddedMissing ? null : await openEventStore(config);
const personalData = dryRun ? null : new PersonalData(openKeyVault(config));
try {
  if (store && !dryRun && (await store.readStream(DEMO_STREAM, { maxCount: 1 })).length > 0) {
    // Demo tokens open a demo store to anyone: real persons must never go into one.
    process.stderr.write('This store was created as a demo store; import into another DATA_DIR\n');
    process.exitCode = 1;
  } else {
    const bar = new GenerationProgress(dryRun ? 'check' : 'import');
    let phase = '';
    const report = await importFolder(store, personalData ? await personalData.bulk() : null, {
      folder,
      dryRun,
      today: todayInStockholm(),
      actor: values.actor,
      onProgress: (file, done, total) => {
        if (file !== phase) bar.phase(total, 'rows', file);
        phase = file;
        bar.update(done, file);
      },
    });
    bar.stop();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.problems.length > 0 || report.refused.length > 0) process.exitCode = 1;
  }
} finally {
  await store?.close();
  await personalData?.close();
}
