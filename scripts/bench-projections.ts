/**
 * Projection measurements of the benchmark, each in a process of its own so peak memory is the rebuild's:
 *   node dist/scripts/bench-projections.js rebuild <events.sqlite> <read-model dir> [projection]
 *   node dist/scripts/bench-projections.js lag <events.sqlite> <read-model dir> <samples> <per second>
 * One line of JSON on stdout.
 */
import { randomUUID } from 'node:crypto';
import { assetDecider, assetStream, unitNumberOf } from '@aidledger/domain';
import { CommandLoop, SqliteEventStore } from '@aidledger/event-store';
import { allProjections, openReadModelDb, ProjectorRuntime, type ProjectionLag } from '@aidledger/projections';

const [mode, storeFile, readModelDir, ...rest] = process.argv.slice(2);
// A rebuild only scans the log in order: the store's page cache would hold memory and save no reads.
const store = new SqliteEventStore({ path: storeFile, cacheSizeKiB: mode === 'rebuild' ? 2048 : undefined });
const db = openReadModelDb({ dataDir: readModelDir, databaseUrl: null });
const only = mode === 'rebuild' && rest[0] ? allProjections.filter((p) => p.name === rest[0]) : allProjections;
const runtime = new ProjectorRuntime({ store, db, projections: only });

const caughtUp = (lags: ProjectionLag[]): boolean => lags.every((lag) => lag.behindPositions === 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  if (mode === 'rebuild') {
    const head = await store.headPosition();
    const started = performance.now();
    await runtime.start();
    while (!caughtUp(await runtime.lag())) await sleep(50);
    const seconds = (performance.now() - started) / 1000;
    const events = Number(head) + 1;
    const maxRssMB = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`${JSON.stringify({ events, seconds, rate: events / seconds, maxRssMB })}\n`);
  } else if (mode === 'lag') {
    const samples = Number(rest[0] ?? 200);
    const perSecond = Number(rest[1] ?? 200);
    await runtime.start();
    while (!caughtUp(await runtime.lag())) await sleep(50);
    const loop = new CommandLoop(store);
    const today = new Date().toISOString().slice(0, 10);
    const lags: number[] = [];
    for (let n = 0; n < samples; n++) {
      const sent = performance.now();
      const assetId = randomUUID();
      const result = await loop.run(
        assetStream(assetId),
        assetDecider,
        {
          type: 'RegisterAsset',
          data: {
            assetId,
            articleNo: '100101',
            serialNumber: `LAG-${n}`,
            location: 'VAS-HUVUDLAGER',
            unitNumber: unitNumberOf(n),
            article: { articleNo: '100101', kind: 'individual' },
            today,
          },
        },
        { actor: 'bench', correlationId: randomUUID() },
      );
      const committed = performance.now();
      for (;;) {
        const index = (await runtime.lag()).find((lag) => lag.name === 'asset-index');
        if (index && index.position >= Number(result.position)) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      lags.push(performance.now() - committed);
      const wait = 1000 / perSecond - (performance.now() - sent);
      if (wait > 0) await sleep(wait);
    }
    lags.sort((a, b) => a - b);
    const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))];
    process.stdout.write(`${JSON.stringify({ samples: lags.length, p50: at(0.5), p99: at(0.99) })}\n`);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} finally {
  await runtime.stop();
  await db.destroy();
  await store.close();
}
