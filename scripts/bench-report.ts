import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatasetMeta } from './bench-dataset.js';
import { log, root, started, type BenchSettings } from './bench-settings.js';

export type Goal = { op: '>=' | '<=' | '<'; value: number } | null;
export type Result = {
  name: string;
  what: string;
  value: number;
  unit: string;
  goal: Goal;
  met: boolean | null;
  median: number;
  p99: number;
  runs: number[];
  ratioToCeiling?: number;
  ceiling?: string;
  notes?: string;
};

/** Every figure in the order it was measured: the order of the report. */
const results: Result[] = [];

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0];
};
const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

/** One sample a run. */
export const perRun = async (runs: number, measure: () => number | Promise<number>): Promise<number[]> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure());
  return samples;
};

export const record = (
  name: string,
  what: string,
  unit: string,
  goal: Goal,
  samples: number[],
  extra: Partial<Result> = {},
  /** For latencies the p99 over all samples, not the runs' values. */
  p99Of: number[] = samples,
): Result => {
  const median = quantile(samples, 0.5);
  const result: Result = {
    name,
    what,
    value: round(median),
    unit,
    goal,
    met:
      goal === null
        ? null
        : goal.op === '>='
          ? median >= goal.value
          : goal.op === '<='
            ? median <= goal.value
            : median < goal.value,
    median: round(median),
    p99: round(goal?.op === '>=' ? quantile(p99Of, 0.01) : quantile(p99Of, 0.99)),
    runs: samples.map(round),
    ...extra,
  };
  results.push(result);
  log(
    `${name}: ${result.value} ${unit}${goal ? ` (goal ${goal.op} ${goal.value}: ${result.met ? 'met' : 'missed'})` : ''}`,
  );
  return result;
};

export const withCeiling = (result: Result, ceiling: Result): void => {
  result.ratioToCeiling = Math.round((result.value / ceiling.value) * 1000) / 1000;
  result.ceiling = ceiling.name;
};

/** Writes bench-results/latest.json and latest.md: the machine, the dataset and every figure recorded. */
export const writeReport = (settings: BenchSettings, meta: DatasetMeta, events: number): void => {
  const report = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    dataset: {
      profile: settings.national ? 'national' : 'region',
      scale: settings.scale,
      days: settings.days,
      firstDay: meta.summary.firstDay,
      lastDay: meta.summary.lastDay,
      events,
      importedAidsOnLoan: meta.summary.importedAids,
      commands: meta.summary.commandsTotal,
      refusedCommands: meta.summary.refusedTotal,
      generationSeconds: Math.round(meta.generationSeconds),
      volumes: meta.summary.volumes,
    },
    runs: settings.runs,
    quick: settings.quick,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    results,
  };
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'latest.md'), markdown(report));
  log(`wrote bench-results/latest.json and latest.md in ${report.durationSeconds} s`);
};

const markdown = (report: {
  machine: Record<string, unknown>;
  dataset: Record<string, unknown>;
  results: Result[];
  runs: number;
}): string => {
  const goal = (g: Goal) => (g ? `${g.op} ${g.value.toLocaleString('en-US')}` : '');
  const lines = [
    '# Benchmark',
    '',
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, ${report.machine.platform}, Node ${report.machine.node}.`,
    `Dataset: ${report.dataset.profile}, scale ${report.dataset.scale}, ${report.dataset.days} days (${report.dataset.firstDay} … ${report.dataset.lastDay}), ${Number(report.dataset.events).toLocaleString('en-US')} events, ${Number(report.dataset.importedAidsOnLoan).toLocaleString('en-US')} aids on rent at the start, ${Number(report.dataset.commands).toLocaleString('en-US')} commands through the handlers (${report.dataset.refusedCommands} refused).`,
    `Each figure is the median of ${report.runs} runs; p99 is over the runs (over all samples for latencies).`,
    '',
    '| name | value | unit | goal | met | p99 | ratio to ceiling |',
    '|---|---:|---|---|---|---:|---:|',
    ...report.results.map(
      (r) =>
        `| \`${r.name}\` | ${r.value.toLocaleString('en-US')} | ${r.unit} | ${goal(r.goal)} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} | ${r.p99.toLocaleString('en-US')} | ${r.ratioToCeiling === undefined ? '' : `${r.ratioToCeiling} of \`${r.ceiling}\``} |`,
    ),
    '',
    ...report.results.filter((r) => r.notes).map((r) => `- \`${r.name}\`: ${r.notes}`),
    '',
  ];
  return lines.join('\n');
};
