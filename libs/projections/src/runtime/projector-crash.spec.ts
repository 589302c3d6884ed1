import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { openReadModelDb } from '../read-model-db.js';
import { generateHistory } from '../testing/history.js';
import { dumpReadModels, projectAll } from '../testing/read-model-dump.js';
import { readVersions } from './projection-state.js';

const root = process.cwd();
const buildDir = join(root, '.tmp', `projector-crash-${process.pid}`);
const fixture = join(buildDir, 'libs/projections/src/runtime/crash.fixture.js');

/** The child runs the real runtime compiled to plain JS, under the repo so node_modules resolve. */
const compileFixture = () => {
  mkdirSync(buildDir, { recursive: true });
  const tsconfig = join(buildDir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: resolve(root, 'tsconfig.json'),
      compilerOptions: { outDir: buildDir, rootDir: root, incremental: false, sourceMap: false, noEmit: false },
      include: [],
      files: [resolve(root, 'libs/projections/src/runtime/crash.fixture.ts')],
    }),
  );
  execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { stdio: 'pipe' });
  execFileSync(
    process.execPath,
    [
      resolve(root, 'node_modules/tsc-alias/dist/bin/index.js'),
      '-p',
      resolve(root, 'tsconfig.json'),
      '--outDir',
      buildDir,
    ],
    { stdio: 'pipe' },
  );
};

/** Runs the child until its checkpoints pass `minimum`, then kills it at a random later moment. */
const killMidway = (storePath: string, readModelDir: string, minimum: number) =>
  new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [fixture, storePath, readModelDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const positions = chunk.trim().split('\n').map(Number);
      if (!killing && Math.max(...positions) >= minimum) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 10));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child ended: ${stderr}`))));
  });

describe('projector crash', () => {
  let temp: TempSqliteStore;
  beforeAll(() => compileFixture(), 120000);
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));
  beforeEach(async () => {
    temp = await openTempSqliteStore();
  });
  afterEach(async () => temp.cleanup());

  it('killed mid-batch, then restarted, the read models equal a clean rebuild', async () => {
    await generateHistory(temp.store, 1500);
    const crashedDir = join(temp.directory, 'crashed');
    await killMidway(temp.path, crashedDir, Number(await temp.store.headPosition()) / 5);
    const crashed = openReadModelDb({ dataDir: crashedDir });
    const positionsAtCrash = (await readVersions(crashed)).map((version) => Number(version.position));
    const head = Number(await temp.store.headPosition());
    expect(positionsAtCrash.some((position) => position < head)).toBe(true);
    await projectAll(temp.store, crashed);

    const clean = openReadModelDb({ dataDir: join(temp.directory, 'clean') });
    await projectAll(temp.store, clean);
    expect(await dumpReadModels(crashed)).toEqual(await dumpReadModels(clean));
    await crashed.destroy();
    await clean.destroy();
  }, 120000);
});
