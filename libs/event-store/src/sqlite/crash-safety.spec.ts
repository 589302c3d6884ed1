import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from './sqlite-event-store.js';

type Acknowledged = { streamId: string; ids: string[]; lastRevision: string };

const root = process.cwd();
const buildDir = join(root, '.tmp', `crash-safety-${process.pid}`);
const fixture = join(buildDir, 'sqlite', 'crash-safety.fixture.js');

/** The child runs the real store, compiled to plain JS (it lives under the repo so node_modules resolve). */
const compileFixture = () => {
  mkdirSync(buildDir, { recursive: true });
  execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/typescript/bin/tsc'),
      '--ignoreConfig',
      '--outDir',
      buildDir,
      '--rootDir',
      resolve(root, 'libs/event-store/src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'ES2023',
      '--types',
      'node',
      '--skipLibCheck',
      '--esModuleInterop',
      '--strict',
      resolve(root, 'libs/event-store/src/sqlite/crash-safety.fixture.ts'),
    ],
    { stdio: 'pipe' },
  );
};

/** Runs the child until it has acknowledged at least `minimum` appends, then kills it at a random later moment. */
const appendUntilKilled = (path: string, minimum: number): Promise<Acknowledged[]> =>
  new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [fixture, path, '16'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: Acknowledged[] = [];
    let buffered = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) acknowledged.push(JSON.parse(line) as Acknowledged);
      if (!killScheduled && acknowledged.length >= minimum) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 300));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolveRun(acknowledged);
      else reject(new Error(`child ended without being killed: ${stderr}`));
    });
  });

describe('SqliteEventStore crash safety', () => {
  let directory: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'aidledger-crash-'));
    compileFixture();
  }, 120_000);

  afterAll(() => {
    rmSync(buildDir, { recursive: true, force: true });
    rmSync(directory, { recursive: true, force: true });
  });

  it.each([1, 2, 3, 4, 5])(
    'keeps every acknowledged append after SIGKILL, with no gap in positions (run %i)',
    async (run) => {
      const path = join(directory, `events-${run}.sqlite`);
      const acknowledged = await appendUntilKilled(path, 50 + Math.floor(Math.random() * 200));

      const integrity = new Database(path, { readonly: true });
      expect(integrity.pragma('integrity_check', { simple: true })).toBe('ok');
      integrity.close();

      const store = SqliteEventStore.open(path);
      try {
        const events = await store.readAll();
        expect(events.map((e) => e.position)).toEqual(events.map((_, i) => BigInt(i)));
        expect(await store.headPosition()).toBe(BigInt(events.length - 1));

        const stored = new Map(events.map((e) => [e.id, e]));
        const acknowledgedIds = acknowledged.flatMap((a) => a.ids);
        expect(acknowledgedIds.length).toBeGreaterThanOrEqual(50);
        expect(acknowledgedIds.filter((id) => !stored.has(id))).toEqual([]);
        for (const { streamId, ids, lastRevision } of acknowledged) {
          const last = stored.get(ids[ids.length - 1]);
          expect(last?.streamId).toBe(streamId);
          expect(last?.revision).toBe(BigInt(lastRevision));
        }

        // The store accepts appends again where each stream left off.
        const [someStream] = acknowledged;
        const current = (await store.readStream(someStream.streamId, { direction: 'backwards', maxCount: 1 }))[0];
        await expect(
          store.appendToStream(
            someStream.streamId,
            [{ ...events[0], id: crypto.randomUUID(), metadata: events[0].metadata }],
            current.revision,
          ),
        ).resolves.toMatchObject({ nextExpectedRevision: current.revision + 1n, position: BigInt(events.length) });
      } finally {
        await store.close();
      }
    },
    60_000,
  );
});
