/**
 * Command throughput of the distributed deployment beside the embedded one (issue 16), the same command mix:
 * three API instances and a projector on PostgreSQL (events and read models), then one API on the embedded
 * store (SQLite events and read models in DATA_DIR). The mix is the crash suite's: aid lifecycles (register a
 * person, receive an aid, order, allocate, dispatch, deliver, repairs, returns …), 64 at once, each command
 * with its Idempotency-Key, spread round-robin over the instances.
 *
 *   npm run bench:cluster                      20 s a deployment
 *   npm run bench:cluster -- --seconds 60 --lifecycles 128 --rounds 3   (rounds interleave the two)
 *
 * Starts PostgreSQL with .ci/postgres.sh (or uses BENCH_DATABASE_URL) and works in a fresh database, dropped after.
 * The load generator runs in this process, on the same cores as the servers: the figures compare, not bound.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTempPostgresDatabase } from '../libs/event-store/src/testing/temp-postgres-store.js';
import type { Role } from '../apps/api/src/auth/roles.js';
import { freePort, mintToken, spawnProjector, TEST_AUTH_SECRET } from '../test/support/api-process.js';
import { ApiInstance } from '../test/e2e/support/api-instance.js';
import { planWorkload, runLifecycle, type Command, type CommandAnswer } from '../test/e2e/support/crash-workload.js';
import { quantile } from './bench-report.js';
import { log, root } from './bench-settings.js';

type Figures = {
  deployment: string;
  commands: number;
  seconds: number;
  commandsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
};

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    lifecycles: { type: 'string', default: '64' },
    rounds: { type: 'string', default: '1' },
  },
});
const seconds = Number(flags.seconds);
const lifecyclesAtOnce = Number(flags.lifecycles);
const rounds = Number(flags.rounds);

class Stopped extends Error {}

/** Drives the workload over `instances` round-robin for `seconds` and measures each command's answer time. */
const drive = async (deployment: string, instances: ApiInstance[]): Promise<Figures> => {
  const roles: Role[] = ['planner', 'warehouse', 'transport'];
  const tokens = Object.fromEntries(
    await Promise.all(roles.map(async (role) => [role, await mintToken(TEST_AUTH_SECRET, role, `Bench ${role}`)])),
  ) as Record<Role, string>;
  const runId = `bench${Date.now().toString(36)}`;
  // Far more lifecycles than a run gets through: the run ends on time, not on work.
  const workload = planWorkload(runId, 1_000_000, 16);
  const latencies: number[] = [];
  let failed = 0;
  let turn = 0;
  let deadline = Number.POSITIVE_INFINITY;
  const send = async (command: Command): Promise<CommandAnswer> => {
    if (Date.now() > deadline) throw new Stopped();
    const instance = instances[turn++ % instances.length];
    const sentAt = performance.now();
    const answer = await instance.post(
      command.path,
      {
        authorization: `Bearer ${tokens[command.role]}`,
        'idempotency-key': command.key,
        'x-correlation-id': command.key,
      },
      command.body,
    );
    if (answer.status >= 300) {
      failed++;
      throw new Error(`${command.path} answered ${answer.status}: ${answer.text}`);
    }
    if (Date.now() <= deadline) latencies.push(performance.now() - sentAt);
    return JSON.parse(answer.text) as CommandAnswer;
  };
  await Promise.all(workload.articles.map(send));
  const started = Date.now();
  deadline = started + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: lifecyclesAtOnce }, async () => {
      while (Date.now() <= deadline && next < workload.lifecycles.length) {
        await runLifecycle(runId, workload.lifecycles[next++], send).catch((error: unknown) => {
          if (!(error instanceof Stopped)) log(String(error));
        });
      }
    }),
  );
  const measured = (Math.min(Date.now(), deadline) - started) / 1000;
  return {
    deployment,
    commands: latencies.length,
    seconds: measured,
    commandsPerSecond: Math.round(latencies.length / measured),
    p50: Math.round(quantile(latencies, 0.5) * 10) / 10,
    p99: Math.round(quantile(latencies, 0.99) * 10) / 10,
    failed,
  };
};

const startInstances = async (count: number, dataDir: string, env: Record<string, string>): Promise<ApiInstance[]> => {
  const instances: ApiInstance[] = [];
  for (let n = 1; n <= count; n++) {
    const instance = new ApiInstance(`api-${n}`, {
      dataDir,
      port: await freePort(),
      env: { LOG_LEVEL: 'warn', ...env },
    });
    // One after the other: the first start creates the tables.
    await instance.start();
    instances.push(instance);
  }
  return instances;
};

const cluster = async (dataDir: string): Promise<Figures> => {
  const adminUrl =
    process.env.BENCH_DATABASE_URL ||
    execFileSync('bash', [path.join(root, '.ci/postgres.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  const database = await createTempPostgresDatabase(adminUrl);
  const env = { EVENT_STORE: 'postgres', DATABASE_URL: database.url, EMBEDDED_PROJECTOR: 'off' };
  const instances: ApiInstance[] = [];
  const projector = await spawnProjector({ dataDir, env });
  try {
    instances.push(...(await startInstances(3, dataDir, env)));
    log(`three APIs and a projector on PostgreSQL: driving for ${seconds} s`);
    return await drive('3 APIs + projector, PostgreSQL (events and read models)', instances);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await projector.stop();
    await database.drop();
  }
};

const embedded = async (dataDir: string): Promise<Figures> => {
  const instances = await startInstances(1, dataDir, {});
  try {
    log(`one API on the embedded store: driving for ${seconds} s`);
    return await drive('1 API, embedded (SQLite events and read models)', instances);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
};

const work = (name: string) => mkdtempSync(path.join(root, '.tmp', `bench-cluster-${name}-`));
const figures: Figures[] = [];
// Interleaved rounds, so a machine that gets busier or quieter during the bench weighs on both alike.
for (let round = 0; round < rounds; round++)
  for (const [name, run] of [
    ['cluster', cluster],
    ['embedded', embedded],
  ] as const) {
    const dir = work(name);
    try {
      figures.push(await run(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
console.table(figures);
process.stdout.write(`${JSON.stringify(figures)}\n`);
