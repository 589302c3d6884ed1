import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How far one projection (or workflow) of this process is behind the log. */
export type LogLag = { name: string; version: number; lagEvents: number; lagMs: number };

/** Read at each scrape: the store's head and the lag of the projections this process runs. */
export type LogSource = { headPosition(): Promise<number>; projectionLag(): Promise<LogLag[]> };

/** What became of a command: appended, answered from its Idempotency-Key, refused (4xx) or failed (5xx). */
export type CommandOutcome = 'accepted' | 'replayed' | 'refused' | 'failed';

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Command types and problem codes are names the code gives; anything else is never a label value. */
const NAME = /^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/;

const named = (value: string | undefined): string => (value !== undefined && NAME.test(value) ? value : 'other');

export const statusClass = (status: number): string => `${Math.min(Math.max(Math.floor(status / 100), 1), 5)}xx`;

/**
 * The process's Prometheus metrics, in a registry of its own (not prom-client's global one), so two apps in one
 * process, as in the tests, never count into each other. Label values come only from closed sets: command types,
 * problem codes, route patterns, projection names; never an id, a personnummer or anything a caller typed.
 */
export class AppMetrics {
  readonly registry = new Registry();

  private readonly commands = new Counter({
    name: 'aidledger_commands_total',
    help: 'Commands by type and outcome (accepted, replayed, refused = answered 4xx, failed = 5xx) and problem code',
    labelNames: ['command', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'aidledger_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly accessLogEntries = new Counter({
    name: 'aidledger_access_log_entries_total',
    help: 'Access-log entries (person-level reads) written durably to the event store',
    registers: [this.registry],
  });

  constructor() {
    // The event-loop delay sampled every 1 ms (prom-client's default is 10 ms, too coarse for a 5 ms goal).
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 1 });
  }

  /** Store head and projection lag, read from `source` when scraped (not sampled in between). */
  watch(source: LogSource): void {
    const head = new Gauge({
      name: 'aidledger_store_head_position',
      help: 'Global position of the last event committed to the event store; -1 for an empty store',
      registers: [],
      async collect() {
        this.set(await source.headPosition());
      },
    });
    // One read of the lags serves both gauges of a scrape (the registry collects them side by side).
    let reading: Promise<LogLag[]> | null = null;
    const lags = () =>
      (reading ??= source.projectionLag().finally(() => {
        reading = null;
      }));
    const byProjection = (name: string, help: string, value: (lag: LogLag) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection', 'version'] as const,
        registers: [],
        async collect() {
          const current = await lags();
          this.reset();
          for (const lag of current)
            this.set({ projection: named(lag.name), version: String(lag.version) }, value(lag));
        },
      });
    const lagEvents = byProjection(
      'aidledger_projection_lag_events',
      "Positions between a projection's checkpoint and the store head; 0 when nothing it handles waits",
      (lag) => lag.lagEvents,
    );
    const lagSeconds = byProjection(
      'aidledger_projection_lag_seconds',
      'How long the oldest event waiting for a projection has been committed',
      (lag) => lag.lagMs / 1000,
    );
    for (const gauge of [head, lagEvents, lagSeconds]) this.registry.registerMetric(gauge);
  }

  command(type: string, outcome: CommandOutcome, code = ''): void {
    this.commands.inc({ command: named(type), outcome, code: code === '' ? '' : named(code) });
  }

  /** `route` is the pattern the router matched (`/api/assets/:id`), undefined when none did. */
  request(method: string, route: string | undefined, status: number, seconds: number): void {
    this.httpDuration.observe(
      {
        method: HTTP_METHODS.has(method) ? method : 'OTHER',
        route: route ?? 'unmatched',
        status_class: statusClass(status),
      },
      seconds,
    );
  }

  accessLogWritten(entries: number): void {
    this.accessLogEntries.inc(entries);
  }
}
