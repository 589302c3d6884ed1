/**
 * What exporting the whole aid register costs with its access log: every person it names gets an entry, written
 * a page at a time before that page is sent. Runs the API on a copy of a bench dataset's store (85,300 aids out
 * on rent at region scale), rebuilds the read models, then downloads the register as CSV and as XLSX.
 *   npm run build && node dist/scripts/bench-exports.js <dataset dir, e.g. .tmp/bench-dataset-1-30-region-…> [--work <dir>]
 * With --work the copy and its read models are kept in <dir> and reused by the next run.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accessLogStream } from '../libs/domain/src/index.js';
import { EVENT_STORE, type EventStore } from '../libs/event-store/src/index.js';
import { createApp } from '../apps/api/src/bootstrap.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { loadConfig } from '../apps/api/src/config/app.config.js';
import { signToken } from '../apps/api/src/auth/token-verifier.js';
import { EmbeddedProjector } from '../apps/api/src/read-models/read-model.provider.js';

const SECRET = 'bench-exports-secret-that-is-long-enough-0123456789';

const source = process.argv[2];
if (!source) throw new Error('Name the dataset directory (one of .tmp/bench-dataset-*)');
const workFlag = process.argv.indexOf('--work');
const kept = workFlag > 0 ? process.argv[workFlag + 1] : undefined;
const dataDir = kept ?? mkdtempSync(path.join(os.tmpdir(), 'aidledger-bench-exports-'));

/** Access entries in today's stream: its last revision + 1. */
const entriesToday = async (store: EventStore): Promise<number> => {
  const [last] = await store.readStream(accessLogStream(todayInStockholm()), { direction: 'backwards', maxCount: 1 });
  return last ? Number(last.revision) + 1 : 0;
};

try {
  if (!kept || !existsSync(path.join(dataDir, 'events.sqlite'))) {
    cpSync(source, dataDir, { recursive: true });
    rmSync(path.join(dataDir, 'read-models.sqlite'), { force: true });
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    AUTH_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await createApp(config);
  await app.init();
  const rebuildStarted = performance.now();
  const projector = app.get(EmbeddedProjector);
  for (;;) {
    const lags = await projector.projectionLag();
    const behind = Math.max(...lags.map((lag) => lag.behindPositions));
    if (behind === 0) break;
    process.stdout.write(`\rread models: ${behind} positions behind   `);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(`\nread models rebuilt in ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  const token = await signToken(SECRET, { subject: 'bench.auditor', name: 'Bench', role: 'auditor' });
  const store = app.get<symbol, EventStore>(EVENT_STORE);

  for (const format of ['csv', 'xlsx'] as const) {
    const before = await entriesToday(store);
    const started = performance.now();
    const response = await fetch(`${base}/api/exports/aid-register.${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const firstByte = performance.now() - started;
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (format === 'csv') for (const byte of chunk) if (byte === 10) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    const logged = (await entriesToday(store)) - before;
    console.log(
      JSON.stringify({
        format,
        status: response.status,
        ...(format === 'csv' ? { rows: lines - 1 } : {}),
        bytes,
        firstByteMs: Math.round(firstByte),
        seconds: Number(seconds.toFixed(2)),
        accessEntries: logged,
        rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
      }),
    );
  }
  await app.close();
} finally {
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
