/** The HTTP figures: the real API on the dataset, the load generator in a process of its own. */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { signToken } from '../apps/api/src/auth/token-verifier.js';
import type { Dataset, Targets } from './bench-dataset.js';
import { httpCeiling, readThroughput } from './bench-ceilings.js';
import type { LoadRequest } from './bench-load.js';
import { freePort, load, loadInBackground, waitUntil, withServer } from './bench-processes.js';
import { perRun, record, withCeiling, type Result } from './bench-report.js';
import { inTempDir, log, root, SECRET, type BenchSettings } from './bench-settings.js';

/** The steady rate of the latency figures, commands/s. */
export const RATE = 200;

/**
 * Commands a run sends at full speed and at a steady rate, the commands of the cold start's first 30 s at that
 * rate, and the aids the dataset stages for them.
 */
export const commandLoad = ({ quick, runs }: BenchSettings) => {
  const commandRequests = quick ? 1500 : 6000;
  const rateRequests = quick ? 400 : 2000;
  const coldRequests = RATE * 30;
  return {
    commandRequests,
    rateRequests,
    coldRequests,
    targetsPerList: Math.ceil(((commandRequests + rateRequests) * runs + coldRequests) / 3) + 10,
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

/** The values of one metric in a Prometheus exposition, one per label set. */
const metricValues = (exposition: string, name: string): number[] =>
  [...exposition.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].map((match) => Number(match[1]));

const scrape = async (url: string): Promise<string> => (await fetch(`${url}/metrics`)).text();

type LoopDelay = { p99: number; max: number };

/**
 * The API's event-loop delay since its previous scrape, in ms: prom-client's default metrics read Node's
 * monitorEventLoopDelay histogram and reset it at each collect (prom-client 15, lib/metrics/eventLoopLag.js), so a
 * scrape just before a run and one just after bound the run. Nothing else scrapes the bench's API.
 */
const loopDelay = async (url: string): Promise<LoopDelay> => (await scrapeRun(url)).delay;

/** A scrape bounding a run: the loop delay since the previous one, and the commands' duration histogram so far. */
const scrapeRun = async (url: string): Promise<{ delay: LoopDelay; commands: Map<number, number> }> => {
  const exposition = await scrape(url);
  const ms = (name: string) => {
    const [seconds] = metricValues(exposition, name);
    if (seconds === undefined) throw new Error(`${name} is missing from /metrics`);
    return seconds * 1000;
  };
  return {
    delay: { p99: ms('nodejs_eventloop_lag_p99_seconds'), max: ms('nodejs_eventloop_lag_max_seconds') },
    commands: commandBuckets(exposition),
  };
};

/** Cumulative counts by upper bound (seconds) of the API's own duration histogram, over its answered commands (POST, 2xx). */
const commandBuckets = (exposition: string): Map<number, number> => {
  const buckets = new Map<number, number>();
  const lines = exposition.matchAll(/^aidledger_http_request_duration_seconds_bucket\{([^}]*)\} (\S+)$/gm);
  for (const [, labels, count] of lines) {
    if (!labels.includes('method="POST"') || !labels.includes('status_class="2xx"')) continue;
    const le = Number(/le="([^"]+)"/.exec(labels)?.[1]);
    buckets.set(le, (buckets.get(le) ?? 0) + Number(count));
  }
  return buckets;
};

/**
 * The q-quantile in ms of the commands answered between two scrapes, as the API measured them (request in to answer
 * out, no client or network): Prometheus's histogram_quantile, linear within the bucket that holds it.
 */
const serverQuantile = (before: Map<number, number>, after: Map<number, number>, q: number): number => {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const cumulative = bounds.map((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0));
  const rank = q * (cumulative.at(-1) ?? 0);
  const at = cumulative.findIndex((count) => count >= rank);
  if (at < 0 || !Number.isFinite(bounds[at])) return (bounds.at(-2) ?? 0) * 1000;
  const [lower, below] = at === 0 ? [0, 0] : [bounds[at - 1], cumulative[at - 1]];
  const within = cumulative[at] - below;
  return (lower + (bounds[at] - lower) * (within === 0 ? 1 : (rank - below) / within)) * 1000;
};

/** Until every read model has projected every event (the API's /metrics, wherever its projector runs). */
const caughtUp = (url: string): Promise<void> =>
  waitUntil(
    async () => metricValues(await scrape(url), 'aidledger_projection_lag_events').every((lag) => lag === 0),
    300_000,
    'the projections to catch up',
  );

const LOOP_DELAY = "ms the API's event loop was late (monitorEventLoopDelay at 1 ms resolution, the interval included)";

const recordLoopDelay = (name: string, during: string, delays: LoopDelay[]): void => {
  record(
    `${name}.p99`,
    `p99 ${LOOP_DELAY} ${during}`,
    'ms',
    null,
    delays.map((delay) => delay.p99),
  );
  record(
    `${name}.max`,
    `max ${LOOP_DELAY} ${during}`,
    'ms',
    null,
    delays.map((delay) => delay.max),
  );
};

type CommandMix = ReturnType<typeof commandMix>;

/**
 * Each run: the steady rate on a caught-up API (the p99: no backlog of projection work), then the burst,
 * whose backlog the next run waits out. The event-loop delay is read around each.
 */
const commandFigures = async (
  settings: BenchSettings,
  url: string,
  token: string,
  mix: CommandMix,
): Promise<Result> => {
  const { runs } = settings;
  const { commandRequests, rateRequests } = commandLoad(settings);
  const throughput: number[] = [];
  const p99s: number[] = [];
  const serverP99s: number[] = [];
  const failures: number[] = [];
  const burstDelays: LoopDelay[] = [];
  const steadyDelays: LoopDelay[] = [];
  for (let run = 0; run < runs; run++) {
    const waitFrom = performance.now();
    await caughtUp(url);
    log(`command run ${run + 1}: projections caught up after ${Math.round(performance.now() - waitFrom)} ms`);
    const before = await scrapeRun(url);
    const steady = load({ url, token, connections: 16, overallRate: RATE, requests: mix(rateRequests) });
    const after = await scrapeRun(url);
    steadyDelays.push(after.delay);
    serverP99s.push(serverQuantile(before.commands, after.commands, 0.99));
    p99s.push(steady.latencyP99);
    failures.push(steady.non2xx + steady.errors);
    const burst = load({ url, token, connections: 64, requests: mix(commandRequests) });
    burstDelays.push(await loopDelay(url));
    throughput.push(burst.requestsPerSecond);
    failures.push(burst.non2xx + burst.errors);
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
  recordLoopDelay('command.http.throughput.loopDelay', 'during the 64-connection burst', burstDelays);
  record(
    'command.http.p99',
    `ms per command at a steady ${RATE} commands/s (same mix), the projections caught up before it`,
    'ms',
    { op: '<', value: 5 },
    p99s,
  );
  recordLoopDelay('command.http.p99.loopDelay', `during the steady ${RATE}/s`, steadyDelays);
  record(
    'command.http.p99.server',
    `ms per command at the steady ${RATE}/s as the API measured it (its duration histogram, request in to answer ` +
      'out: no client, no network, no wait for a CPU before the request is read), interpolated within its buckets',
    'ms',
    null,
    serverP99s,
  );
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

export const apiEnv = (dataDir: string, port: number): Record<string, string> => ({
  DATA_DIR: dataDir,
  DEMO_DATA: 'off',
  AUTH_SECRET: SECRET,
  LOG_LEVEL: 'info',
  PORT: String(port),
  HOST: '127.0.0.1',
});
export const API = [path.join(root, 'dist/apps/api/src/main.js')];
export const LISTENING = /Server listening/;

/** Until the API's /health/ready answers 200 (an error if it stops first). */
export const untilReady = (api: { alive(): boolean; output(): string }, url: string, everyMs = 250): Promise<void> =>
  waitUntil(
    async () => {
      if (!api.alive()) throw new Error(`the API stopped:\n${api.output()}`);
      return (await fetch(`${url}/health/ready`).catch(() => null))?.status === 200;
    },
    300_000,
    'the API to be ready',
    everyMs,
  );

export const httpFigures = async (settings: BenchSettings, { meta, workDir }: Dataset): Promise<void> => {
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const token = await signToken(SECRET, { subject: 'bench', name: 'Benchmark', role: 'admin' });
  const mix = commandMix(meta.targets, settings.today);
  await withServer(API, apiEnv(workDir, port), LISTENING, async (api) => {
    await untilReady(api, url);
    const commands = await commandFigures(settings, url, token, mix);
    const seconds = settings.quick ? 5 : 10;
    const query = await queryFigure(settings, url, token, meta.targets, seconds);
    // Measured while the API still runs, as the figures it bounds were.
    const ceiling = await httpCeiling(settings, seconds);
    withCeiling(query, ceiling);
    withCeiling(commands, ceiling);
  });
  await coldStartFigures(settings, workDir, token, mix);
};

/** Bytes of `files` in the page cache (util-linux fincore). */
const residentBytes = (files: string[]): number =>
  (
    JSON.parse(execFileSync('fincore', ['--json', '--bytes', ...files], { encoding: 'utf8' })) as {
      fincore: { res: number | string }[];
    }
  ).fincore.reduce((sum, file) => sum + Number(file.res), 0);

/**
 * A copy of the data folder the earlier figures left (the API stopped), its files written to disk and dropped from
 * the page cache one by one (dd's nocache: posix_fadvise DONTNEED), so the API starts on a store it has to read
 * from the disk. Answers the bytes still cached (0 when the kernel dropped them all).
 */
const coldCopy = (from: string, to: string): number => {
  cpSync(from, to, { recursive: true });
  const files = readdirSync(to, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(to, entry.name));
  for (const file of files) {
    execFileSync('dd', [`of=${file}`, 'oflag=nocache', 'conv=notrunc,fdatasync', 'count=0', 'status=none']);
    execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
  }
  return residentBytes(files);
};

/**
 * The API started on the region's store copied anew and out of the page cache: the steady rate from the moment its
 * port opens for 30 s (6,000 commands; longer if it falls behind), its p99, event-loop delay and time to ready.
 */
const coldStartFigures = async (settings: BenchSettings, workDir: string, token: string, mix: CommandMix) =>
  inTempDir('bench-cold-', async (dir) => {
    const cached = coldCopy(workDir, dir);
    log(`cold start: ${cached} bytes of the copy in the page cache`);
    const port = freePort();
    const url = `http://127.0.0.1:${port}`;
    const spawned = performance.now();
    await withServer(API, apiEnv(dir, port), LISTENING, async (api) => {
      const listening = (performance.now() - spawned) / 1000;
      await loopDelay(url);
      const steady = loadInBackground({
        url,
        token,
        connections: 16,
        overallRate: RATE,
        requests: mix(commandLoad(settings).coldRequests),
      });
      await untilReady(api, url, 100);
      const ready = (performance.now() - spawned) / 1000;
      const result = await steady;
      const delay = await loopDelay(url);
      const notes = `${result.non2xx + result.errors} of ${result.total} commands answered other than 2xx in ${result.seconds.toFixed(1)} s; ${cached} bytes of the copied data folder were in the page cache at the start`;
      record(
        'command.http.coldStart.p99',
        `ms per command at ${RATE}/s from the moment the API's port opens on a store out of the page cache, 30 s`,
        'ms',
        null,
        [result.latencyP99],
        { notes },
      );
      recordLoopDelay('command.http.coldStart.loopDelay', 'in those 30 s', [delay]);
      record('api.coldStart.listenSeconds', "s from the API's spawn to its port open", 's', null, [listening]);
      record('api.coldStart.readySeconds', "s from the API's spawn to /health/ready answering 200", 's', null, [ready]);
    });
  });
