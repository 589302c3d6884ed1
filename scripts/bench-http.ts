/** The HTTP figures: the real API on the dataset, the load generator in a process of its own. */
import path from 'node:path';
import { signToken } from '../apps/api/src/auth/token-verifier.js';
import type { Dataset, Targets } from './bench-dataset.js';
import { httpCeiling, readThroughput } from './bench-ceilings.js';
import type { LoadRequest } from './bench-load.js';
import { freePort, load, waitUntil, withServer } from './bench-processes.js';
import { perRun, record, withCeiling, type Result } from './bench-report.js';
import { root, SECRET, type BenchSettings } from './bench-settings.js';

/** Commands a run sends at full speed and at a steady rate, and the aids the dataset stages for them. */
export const commandLoad = ({ quick, runs }: BenchSettings) => {
  const commandRequests = quick ? 1500 : 6000;
  const rateRequests = quick ? 400 : 2000;
  return {
    commandRequests,
    rateRequests,
    targetsPerList: Math.ceil(((commandRequests + rateRequests) / 3) * runs) + 10,
  };
};

/** Deliveries, returns and reconditionings in turn, each on an aid in the state its command needs. */
const commandMix = (targets: Targets, today: string): ((count: number) => LoadRequest[]) => {
  let inTransit = 0;
  let onLoan = 0;
  const awaiting = [...targets.awaitingReconditioning];
  // Aids returned by one load run are reconditioned in a later one, never racing their own return.
  const returned: string[] = [];
  return (count) => {
    awaiting.push(...returned.splice(0));
    const requests: LoadRequest[] = [];
    for (let n = 0; n < count; n++) {
      const kind = n % 3;
      if (kind === 0 && inTransit < targets.inTransit.length) {
        const { assetId, orderId } = targets.inTransit[inTransit++];
        requests.push({
          method: 'POST',
          path: `/api/assets/${assetId}/deliver`,
          body: { orderId, deliveredOn: today },
        });
      } else if (kind === 1 || awaiting.length === 0) {
        const assetId = targets.onLoan[onLoan++];
        requests.push({
          method: 'POST',
          path: `/api/assets/${assetId}/return`,
          body: { returnedOn: today, reason: 'Behovet har upphört' },
        });
        returned.push(assetId);
      } else {
        const assetId = awaiting.shift() as string;
        requests.push({
          method: 'POST',
          path: `/api/assets/${assetId}/recondition`,
          body: { reconditionedOn: today, location: 'VAS-HUVUDLAGER' },
        });
      }
    }
    return requests;
  };
};

const commandFigures = (settings: BenchSettings, url: string, token: string, targets: Targets): Result => {
  const { runs, today } = settings;
  const { commandRequests, rateRequests } = commandLoad(settings);
  const mix = commandMix(targets, today);
  const throughput: number[] = [];
  const p99s: number[] = [];
  const failures: number[] = [];
  for (let run = 0; run < runs; run++) {
    const burst = load({ url, token, connections: 64, requests: mix(commandRequests) });
    throughput.push(burst.requestsPerSecond);
    failures.push(burst.non2xx + burst.errors);
    const steady = load({ url, token, connections: 16, overallRate: 200, requests: mix(rateRequests) });
    p99s.push(steady.latencyP99);
    failures.push(steady.non2xx + steady.errors);
  }
  const failed = failures.reduce((sum, n) => sum + n, 0);
  const commandThroughput = record(
    'command.http.throughput',
    'durable commands/s over HTTP, deliver/return/recondition mix, 64 connections, synchronous=FULL',
    'commands/s',
    { op: '>=', value: 3000 },
    throughput,
    { notes: `${failed} of ${runs * (commandRequests + rateRequests)} commands answered other than 2xx` },
  );
  record('command.http.p99', 'ms per command at a steady 200 commands/s (same mix)', 'ms', { op: '<', value: 5 }, p99s);
  return commandThroughput;
};

const queryFigure = async (settings: BenchSettings, url: string, token: string, targets: Targets, seconds: number) => {
  const personPaths = targets.personIds.slice(0, 20_000).map((id) => `/api/persons/${id}/aids`);
  return record(
    'query.http.throughput',
    'person-register reads/s over HTTP (GET /api/persons/:id/aids), 64 connections',
    'requests/s',
    { op: '>=', value: 10_000 },
    await perRun(settings.runs, () => readThroughput(url, token, personPaths, seconds)),
  );
};

export const httpFigures = async (settings: BenchSettings, { meta, workDir }: Dataset): Promise<void> => {
  const port = freePort();
  const env = {
    DATA_DIR: workDir,
    DEMO_DATA: 'off',
    AUTH_SECRET: SECRET,
    LOG_LEVEL: 'info',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const url = `http://127.0.0.1:${port}`;
  await withServer([path.join(root, 'dist/apps/api/src/main.js')], env, /Server listening/, async (api) => {
    await waitUntil(
      async () => {
        if (!api.alive()) throw new Error(`the API stopped:\n${api.output()}`);
        return (await fetch(`${url}/health/ready`).catch(() => null))?.status === 200;
      },
      300_000,
      'the API to be ready',
    );
    const token = await signToken(SECRET, { subject: 'bench', name: 'Benchmark', role: 'admin' });
    const commands = commandFigures(settings, url, token, meta.targets);
    const seconds = settings.quick ? 5 : 10;
    const query = await queryFigure(settings, url, token, meta.targets, seconds);
    // Measured while the API still runs, as the figures it bounds were.
    const ceiling = await httpCeiling(settings, seconds);
    withCeiling(query, ceiling);
    withCeiling(commands, ceiling);
  });
};
