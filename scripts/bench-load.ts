/**
 * The benchmark's load generator, run as its own process so it does not share the API's event loop:
 *   node dist/scripts/bench-load.js <job.json>
 * The job lists the requests to send (each once, in order, across all connections) or one request to repeat;
 * the result is one line of JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export type LoadRequest = { method: 'GET' | 'POST'; path: string; body?: unknown };
export type LoadJob = {
  url: string;
  token?: string;
  connections: number;
  /** Requests sent in order; the run ends when all were sent. */
  requests?: LoadRequest[];
  /** One request repeated for `durationSeconds`, the path drawn from `paths` at random when given. */
  repeat?: { method: 'GET'; paths: string[] };
  durationSeconds?: number;
  overallRate?: number;
};
export type LoadResult = {
  total: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  non2xx: number;
  errors: number;
};

const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadJob;
const headers: Record<string, string> = { 'content-type': 'application/json' };
if (job.token) headers.authorization = `Bearer ${job.token}`;

let next = 0;
const list = job.requests ?? [];
const paths = job.repeat?.paths ?? ['/'];
const started = Date.now();
const result = await autocannon({
  url: job.url,
  connections: job.connections,
  pipelining: 1,
  ...(job.requests ? { amount: list.length } : { duration: job.durationSeconds ?? 10 }),
  ...(job.overallRate ? { overallRate: job.overallRate } : {}),
  requests: [
    {
      headers,
      setupRequest: (request) => {
        if (job.requests) {
          const item = list[next++ % list.length];
          return {
            ...request,
            method: item.method,
            path: item.path,
            body: item.body === undefined ? undefined : JSON.stringify(item.body),
          };
        }
        return { ...request, method: 'GET', path: paths[Math.floor(Math.random() * paths.length)] };
      },
    },
  ],
});
const seconds = Math.max((Date.now() - started) / 1000, 0.001);
const output: LoadResult = {
  total: result.requests.total,
  seconds,
  requestsPerSecond: result.requests.total / seconds,
  latencyP50: result.latency.p50,
  latencyP99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
