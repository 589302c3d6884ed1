/**
 * How the figures grow with the history (issue 15, deliverable 4): `npm run bench -- --growth`.
 * Region datasets of growing size (the quick month at a quarter, half, once and twice the region's volumes), for
 * each the store's size, a rebuild of all projections, the person-register query at a steady rate over HTTP and
 * the auditor's replay; then y = a·n^b fitted by least squares on log–log and extrapolated to the national volume.
 * Writes bench-results/growth.json and growth.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../apps/api/src/auth/token-verifier.js';
import { prepareDataset, type Dataset } from './bench-dataset.js';
import { replayTimes, storeSize } from './bench-figures.js';
import { API, apiEnv, commandLoad, LISTENING, untilReady } from './bench-http.js';
import { freePort, load, projections, withServer } from './bench-processes.js';
import { quantile } from './bench-report.js';
import { log, root, SECRET, type BenchSettings } from './bench-settings.js';

/**
 * The generator's scale (1 = the region's volumes: 85,300 aids on rent, a day's orders, returns …), 30 days each;
 * `--scales` chooses others.
 */
const SCALES = [0.25, 0.5, 1, 2];
const DAYS = 30;

/**
 * The national history the figures are extrapolated to, as the issue gives it: 40 regions (DESIGN.md: "Sweden has
 * 21 regions: national scale is ~40x" one region) over ten years, ~150 million events. The run also extrapolates to
 * the volume its own generator implies: 40 × (the aids on rent + the events of 250 working days × 10 years).
 */
const NATIONAL_EVENTS = 150_000_000;

type Size = {
  scale: number;
  days: number;
  events: number;
  storeBytes: number;
  generationSeconds: number;
  rebuildSeconds: number;
  rebuildPeakRssMB: number;
  queryP99Ms: number;
  replayP99Ms: number;
  replayEvents: number;
  importedEvents: number;
  workingDays: number;
  stagedAids: number;
};

/** GET /api/persons/:id/aids at 200/s for 10 s on the caught-up read models, from the load process; its p99. */
const queryP99 = async ({ meta, workDir }: Dataset): Promise<number> => {
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const token = await signToken(SECRET, { subject: 'bench', name: 'Benchmark', role: 'admin' });
  const paths = meta.targets.personIds.slice(0, 20_000).map((id) => `/api/persons/${id}/aids`);
  return withServer(API, apiEnv(workDir, port), LISTENING, async (api) => {
    await untilReady(api, url);
    const result = load({
      url,
      token,
      connections: 16,
      overallRate: 200,
      durationSeconds: 10,
      repeat: { method: 'GET', paths },
    });
    if (result.non2xx + result.errors > 0) throw new Error(`${result.non2xx + result.errors} person reads failed`);
    return result.latencyP99;
  });
};

const measure = async (settings: BenchSettings, scale: number): Promise<Size> => {
  const sized: BenchSettings = { ...settings, quick: true, scale, days: DAYS, initialOnLoan: undefined };
  // The quick bench's own dataset at scale 1 (the same staged aids, so either run reuses the other's cache).
  const targets = scale === 1 ? commandLoad(sized).targetsPerList : 10;
  const dataset = await prepareDataset(sized, targets);
  try {
    const { events, bytes } = storeSize(dataset.storeFile);
    const rebuild = projections<{ seconds: number; maxRssMB: number }>('rebuild', dataset.storeFile, dataset.workDir);
    const replay = await replayTimes(dataset, 3);
    const size: Size = {
      scale,
      days: DAYS,
      events,
      storeBytes: bytes,
      generationSeconds: dataset.meta.generationSeconds,
      rebuildSeconds: rebuild.seconds,
      rebuildPeakRssMB: rebuild.maxRssMB,
      queryP99Ms: await queryP99(dataset),
      replayP99Ms: quantile(replay.perRunP99, 0.5),
      replayEvents: replay.length,
      importedEvents: dataset.meta.summary.importedEvents,
      workingDays: dataset.meta.summary.workingDays,
      stagedAids: dataset.meta.targets.inTransit.length,
    };
    log(`growth: scale ${scale}: ${JSON.stringify(size)}`);
    return size;
  } finally {
    rmSync(dataset.workDir, { recursive: true, force: true });
  }
};

/** y = a·n^b by least squares on ln y = ln a + b·ln n. */
export const powerFit = (points: { n: number; y: number }[]): { a: number; b: number } => {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.y));
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const b = sxy / sxx;
  return { a: Math.exp(my - b * mx), b };
};

const COLUMNS = [
  { key: 'storeMB', label: 'store MB', of: (s: Size) => s.storeBytes / 1024 ** 2 },
  { key: 'rebuildSeconds', label: 'rebuild s', of: (s: Size) => s.rebuildSeconds },
  { key: 'queryP99Ms', label: 'query p99 ms', of: (s: Size) => s.queryP99Ms },
  { key: 'replayP99Ms', label: 'replay p99 ms', of: (s: Size) => s.replayP99Ms },
] as const;

const fmt = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 10 ? value.toFixed(1) : value.toFixed(2);

export const growth = async (settings: BenchSettings): Promise<void> => {
  const sizes: Size[] = [];
  for (const scale of settings.growthScales ?? SCALES) sizes.push(await measure(settings, scale));
  const fits = Object.fromEntries(
    COLUMNS.map((column) => {
      const { a, b } = powerFit(sizes.map((size) => ({ n: size.events, y: column.of(size) })));
      return [column.key, { a, b }];
    }),
  ) as Record<(typeof COLUMNS)[number]['key'], { a: number; b: number }>;
  const region = sizes.find((size) => size.scale === 1) ?? sizes[0];
  // The generator's national volume, from the sizes without the quick bench's staged aids (each a few commands on
  // top of the generated days), per scale 1.
  const unstaged = sizes.filter((size) => size.stagedAids <= 10);
  const perScale = (unstaged.length > 0 ? unstaged : sizes).map((size) => ({
    imported: size.importedEvents / size.scale,
    perWorkingDay: (size.events - size.importedEvents) / size.workingDays / size.scale,
  }));
  const perWorkingDay = quantile(
    perScale.map((size) => size.perWorkingDay),
    0.5,
  );
  const imported = quantile(
    perScale.map((size) => size.imported),
    0.5,
  );
  const derivedNational = 40 * (imported + perWorkingDay * 250 * 10);
  const generationUsPerEvent = quantile(
    sizes.map((size) => (size.generationSeconds / size.events) * 1e6),
    0.5,
  );
  const at = (events: number) =>
    Object.fromEntries(COLUMNS.map((column) => [column.key, fits[column.key].a * events ** fits[column.key].b]));
  const report = {
    sizes,
    fits,
    national: {
      events: NATIONAL_EVENTS,
      extrapolated: at(NATIONAL_EVENTS),
      generatorEvents: Math.round(derivedNational),
      generatorExtrapolated: at(derivedNational),
      eventsPerWorkingDayAtScale1: Math.round(perWorkingDay),
      importedEventsAtScale1: Math.round(imported),
      generationHours: (NATIONAL_EVENTS * generationUsPerEvent) / 1e6 / 3600,
    },
    generationMicrosecondsPerEvent: generationUsPerEvent,
  };
  const lines = [
    '# How it grows',
    '',
    `Region datasets of ${DAYS} days at growing scale (\`npm run bench -- --growth\`, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0].toFixed(1)} at the end); one run a size, the replay p99 the median of three.`,
    'Fitted y = a·n^b by least squares on log–log over the sizes, n = events; the national row extrapolates to',
    `${NATIONAL_EVENTS.toLocaleString('en-US')} events (40 regions, ten years).`,
    '',
    `| dataset | events | ${COLUMNS.map((c) => c.label).join(' | ')} |`,
    `|---|---:|${COLUMNS.map(() => '---:').join('|')}|`,
    ...sizes.map(
      (size) =>
        `| scale ${size.scale}, ${size.days} days | ${size.events.toLocaleString('en-US')} | ${COLUMNS.map((c) => fmt(c.of(size))).join(' | ')} |`,
    ),
    `| exponent b | | ${COLUMNS.map((c) => fits[c.key].b.toFixed(2)).join(' | ')} |`,
    `| national (issue), extrapolated | ${NATIONAL_EVENTS.toLocaleString('en-US')} | ${COLUMNS.map((c) => fmt(report.national.extrapolated[c.key])).join(' | ')} |`,
    `| national (generator), extrapolated | ${Math.round(derivedNational).toLocaleString('en-US')} | ${COLUMNS.map((c) => fmt(report.national.generatorExtrapolated[c.key])).join(' | ')} |`,
    '',
    `- Rebuild: all projections from position 0 into fresh read models (as \`projection.rebuild.rate\`); peak RSS ${sizes.map((s) => Math.round(s.rebuildPeakRssMB)).join(' / ')} MB.`,
    '- Query: `GET /api/persons/:id/aids` at a steady 200/s for 10 s on the caught-up API, from the load process.',
    `- Replay: 1,000 loads of one aid's ${region.replayEvents} events (\`history.replay.p99\`).`,
    `- National volume: the issue's ~150 million events for 40 regions over ten years; the generator's own at scale 1 is ${Math.round(imported).toLocaleString('en-US')} events for the aids on rent and ~${Math.round(perWorkingDay).toLocaleString('en-US')} a working day (DESIGN.md's ordinary day), so 40 × (those + 250 working days × 10 years) = ${(derivedNational / 1e6).toFixed(0)} million.`,
    `- Generating a history costs ~${generationUsPerEvent.toFixed(0)} µs an event here (through the command handlers): the national history would take ~${report.national.generationHours.toFixed(0)} hours, so it is extrapolated, not generated.`,
    '',
  ];
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'growth.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'growth.md'), lines.join('\n'));
  log('wrote bench-results/growth.json and growth.md');
};
