/**
 * The benchmark (issue 6). Generates a region's history with the history generator through the real command
 * handlers, then measures each figure several times (median and p99 over the runs) beside the machine's own
 * ceilings and the Emmett peer, and writes bench-results/latest.json and latest.md.
 *
 *   npm run bench                 one region, five years
 *   npm run bench -- --quick      one region, one month on top of the 85,300 aids out on rent (under 5 min)
 *   npm run bench -- --national   40 regions' volumes
 *   npm run bench -- --growth     datasets of growing size, the growth exponents and a national extrapolation
 *   options: --days N  --runs N  --fresh (regenerate the cached dataset)  --skip-peer  --scales 0.25,1 (--growth)
 *
 * The dataset is cached in .tmp/bench-dataset-<scale>-<days>-<initial-on-loan or region>-<endDay>/ and copied
 * before each bench, so a second bench on the same day skips the generation.
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { accessLogFigures } from './bench-access-log.js';
import { appendCeiling, scanCeiling } from './bench-ceilings.js';
import { prepareDataset } from './bench-dataset.js';
import { diskPerEvent, importFigure, lagFigure, rebuildFigures, replayFigure } from './bench-figures.js';
import { growth } from './bench-growth.js';
import { commandLoad, httpFigures } from './bench-http.js';
import { peer } from './bench-peer.js';
import { withCeiling, writeReport } from './bench-report.js';
import { readSettings } from './bench-settings.js';

const main = async (): Promise<void> => {
  const settings = readSettings();
  if (settings.growth) return growth(settings);
  const dataset = await prepareDataset(settings, commandLoad(settings).targetsPerList);
  try {
    const events = diskPerEvent(dataset.storeFile);
    // The import against SQLite's own insert loop with the same durability and batching.
    const importAids = settings.quick ? 8000 : 20_000;
    const imported = await importFigure(settings, importAids);
    withCeiling(imported, await appendCeiling(settings, importAids));
    const scan = await scanCeiling(settings, dataset.storeFile, events);
    await replayFigure(settings, dataset);
    withCeiling(rebuildFigures(settings, dataset), scan);
    await lagFigure(settings, dataset);
    await httpFigures(settings, dataset);
    await accessLogFigures(settings, dataset.storeFile);
    if (!settings.skipPeer) await peer(settings);
    writeReport(settings, dataset.meta, events);
  } finally {
    rmSync(dataset.workDir, { recursive: true, force: true });
  }
};

await main();
