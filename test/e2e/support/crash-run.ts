import type { EventStore } from '@aidledger/event-store';
import type { Role } from '../../../apps/api/src/auth/roles.js';
import { SeededRandom } from '../../../apps/api/src/demo/seeded-random.js';
import {
  freePort,
  mintToken,
  spawnProjector,
  TEST_AUTH_SECRET,
  type ProjectorProcess,
} from '../../support/api-process.js';
import { ApiInstance } from './api-instance.js';
import { CrashClient } from './crash-client.js';
import { planWorkload, runLifecycle, WORKLOAD_DAY } from './crash-workload.js';
import { Deployment, EMBEDDED, type Stores } from './deployment.js';
import {
  auditReadModels,
  compareWithRebuild,
  readModelSnapshot,
  waitForEmbeddedProjections,
  waitForProjector,
} from './read-model-audit.js';
import { auditStore, countEventsOfType, readStoredEvents, type StoreAudit } from './store-audit.js';

export type CrashRunOptions = {
  /** Extra environment of each instance; one entry per instance. */
  instances: Array<Record<string, string>>;
  /** Where the events and the read models are; embedded (SQLite in one DATA_DIR) unless given. */
  stores?: Stores;
  /** A projector process (`npm run start:projector`) runs the projections; the instances then run none. */
  projector?: boolean;
  commands: number;
  kills: number;
  inFlight: number;
  seed: number;
};

export type CrashRun = Omit<StoreAudit, 'problems'> & {
  problems: StoreAudit['problems'] & { readModelsDiffer: string[] };
  commands: number;
  sends: number;
  kills: number;
  seconds: number;
  /** Lifecycles that stopped: a refused command or a request that failed without a kill. */
  stoppedLifecycles: string[];
  /** Where the stores are kept when the audit found a problem. */
  keptIn: string | null;
};

/** Lifecycles in progress at once: enough to keep every in-flight slot busy with a mix of steps. */
const LIFECYCLES_AT_ONCE = 64;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const eventually = async (condition: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await pause(100);
};

/**
 * Runs the workload against API processes on one store, kills one of them with SIGKILL `kills` times at random
 * points of the load, starts it again on the same store and port, resends every command sent so far after each
 * restart, and finally audits the store, through the EventStore port, against every answer the client got, and
 * the read models against the store and against a clean rebuild.
 */
export const runCrashScenario = async (options: CrashRunOptions): Promise<CrashRun> => {
  const started = performance.now();
  const random = new SeededRandom(options.seed);
  const deployment = await Deployment.create(options.stores ?? EMBEDDED);
  const { dataDir } = deployment;
  const instances: ApiInstance[] = [];
  for (const [index, env] of options.instances.entries())
    instances.push(
      new ApiInstance(`api-${index + 1}`, { dataDir, port: await freePort(), env: { ...deployment.env, ...env } }),
    );
  let projector: ProjectorProcess | null = null;
  let store: EventStore | null = null;
  try {
    // One after the other: the first start creates the store and the read-model tables.
    for (const instance of instances) await instance.start();
    if (options.projector) projector = await spawnProjector({ dataDir, env: deployment.env });
    const roles: Role[] = ['planner', 'warehouse', 'transport'];
    const tokens = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, await mintToken(TEST_AUTH_SECRET, role, `Crash ${role}`)])),
    ) as Record<Role, string>;
    const client = new CrashClient(instances, tokens, options.inFlight);
    const runId = `crash${options.seed}`;
    const workload = planWorkload(runId, options.commands, options.seed);

    let kills = 0;
    let killsLeft = options.kills;
    let nextKillAt = 0;
    let killing: Promise<void> | null = null;
    let chaosFailure: unknown = null;
    const passes: Array<Promise<void>> = [];
    // Counted from the last restart, so every kill meets a loaded server, not one that has only just started.
    const arm = () => {
      const gap = ((workload.commands - client.firstSends) / (killsLeft + 1)) * (0.5 + random.next());
      nextKillAt = client.firstSends + Math.max(1, Math.floor(gap));
    };
    const killAndRestart = async () => {
      try {
        await pause(random.int(0, 40));
        const victim = random.pick(instances);
        await victim.kill();
        kills++;
        await victim.start();
        passes.push(client.resendAll());
        arm();
      } catch (error) {
        chaosFailure ??= error;
        await Promise.all(instances.map((instance) => instance.stop()));
      }
    };
    arm();
    client.onFirstSend = (count) => {
      if (killing || killsLeft === 0 || count < nextKillAt) return;
      killsLeft--;
      killing = killAndRestart().finally(() => (killing = null));
    };

    const stoppedLifecycles: string[] = [];
    await Promise.all(workload.articles.map(client.send));
    let next = 0;
    await Promise.all(
      Array.from({ length: LIFECYCLES_AT_ONCE }, async () => {
        while (next < workload.lifecycles.length) {
          const lifecycle = workload.lifecycles[next++];
          await runLifecycle(runId, lifecycle, client.send).catch((error: unknown) =>
            stoppedLifecycles.push(`aid ${lifecycle.n}: ${error instanceof Error ? error.message : String(error)}`),
          );
        }
      }),
    );
    await killing;
    // Kills the lifecycles left no room for meet the resend passes instead.
    for (; killsLeft > 0; killsLeft--) {
      await killAndRestart();
      if (chaosFailure) break;
    }
    if (chaosFailure) throw chaosFailure;
    await Promise.all(passes);
    await client.resendAll();

    // The workflow fulfils each delivered order on its own; let it finish before the store is read.
    const opened = await deployment.openStore();
    store = opened;
    const delivered = [...client.ledger.values()].filter((sent) => sent.command.eventType === 'AidDelivered').length;
    await eventually(async () => (await countEventsOfType(opened, 'OrderFulfilled')) >= delivered, 30_000);
    if (projector) {
      const db = deployment.openReadModels();
      await waitForProjector(opened, db).finally(() => db.destroy());
    } else {
      // Without a projector process the first instance runs the projections.
      await waitForEmbeddedProjections(instances[0].baseUrl, tokens.planner);
    }
    const readModels = await readModelSnapshot(instances[0].baseUrl, tokens.planner, WORKLOAD_DAY);
    await Promise.all(instances.map((instance) => instance.stop()));
    await projector?.stop();

    const events = await readStoredEvents(opened);
    const audit = auditStore(events, client.ledger.values());
    const problems = {
      ...audit.problems,
      readModelsDiffer: [...auditReadModels(events, readModels), ...(await compareWithRebuild(deployment, opened))],
    };
    const clean = stoppedLifecycles.length === 0 && Object.values(problems).every((list) => list.length === 0);
    await opened.close();
    store = null;
    await deployment.dispose(!clean);
    return {
      ...audit,
      problems,
      commands: client.ledger.size,
      sends: [...client.ledger.values()].reduce((sum, sent) => sum + sent.sends, 0),
      kills,
      seconds: (performance.now() - started) / 1000,
      stoppedLifecycles,
      keptIn: clean ? null : deployment.where,
    };
  } catch (error) {
    const outputs = [
      ...instances.map((instance) => `--- ${instance.name}:\n${instance.output()}`),
      ...(projector ? [`--- projector:\n${projector.output()}`] : []),
    ].join('\n');
    throw new Error(`The crash run failed (stores kept in ${deployment.where}):\n${outputs}`, { cause: error });
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await projector?.stop();
    await store?.close();
  }
};
