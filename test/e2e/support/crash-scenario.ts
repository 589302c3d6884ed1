import { STORE_PROBLEMS } from './store-audit.js';
import { runCrashScenario, type CrashRun, type CrashRunOptions } from './crash-run.js';

export type CrashFigures = { commands: number; kills: number; inFlight: number; seed: number };

const figure = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got ${process.env[name]}`);
  return value;
};

/** CRASH_COMMANDS, CRASH_KILLS, CRASH_IN_FLIGHT and CRASH_SEED make a longer or repeatable run than CI's. */
const crashFigures = (commands: number, kills: number): CrashFigures => ({
  commands: figure('CRASH_COMMANDS', commands),
  kills: figure('CRASH_KILLS', kills),
  inFlight: figure('CRASH_IN_FLIGHT', 32),
  seed: figure('CRASH_SEED', Date.now() % 1_000_000),
});

/** Per scenario on the embedded store: CI runs 1,000 commands and 5 kills in each. */
export const EMBEDDED_FIGURES = crashFigures(1000, 5);
/** Per scenario on PostgreSQL: more processes on the same two cores, so CI runs a shorter load. */
export const POSTGRES_FIGURES = crashFigures(600, 3);

/**
 * Every command is sent about kills / 2 + 2 times; 20 ms a send is far above what two loaded cores need on the
 * embedded store. The PostgreSQL scenarios start more processes, and two of them side by side on two cores took
 * more than twice as long as one alone: they get twice the time.
 */
export const crashTimeoutMs = ({ commands, kills }: CrashFigures, onPostgres = false): number =>
  (120_000 + commands * (kills / 2 + 2) * 20) * (onPostgres ? 2 : 1);

/** The scenarios on PostgreSQL run where TEST_DATABASE_URL names a server (CI starts one: .ci/postgres.sh). */
export const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

const report = (title: string, seed: number, result: CrashRun): void => {
  const { problems } = result;
  const counts = Object.entries(problems).map(([name, list]) => `${name} ${list.length}`);
  process.stdout.write(
    `\n${title} (seed ${seed}): ${result.commands} commands, ${result.sends} sends, ${result.answers} answers ` +
      `(${result.replayedAnswers} replayed), ${result.kills} kills, ${result.events} events, ${result.seconds.toFixed(1)} s\n` +
      `  cut by a kill before any answer: ${result.cutBeforeAnswer.written} already written, ` +
      `${result.cutBeforeAnswer.notWritten} not yet\n` +
      `  ${counts.join(', ')}, stopped lifecycles ${result.stoppedLifecycles.length}` +
      `${result.keptIn ? `\n  stores kept in ${result.keptIn}` : ''}\n`,
  );
};

export const expectNothingLostOrDoubled = (result: CrashRun, figures: CrashFigures): void => {
  const few = (list: string[]) => list.slice(0, 10);
  expect(few(result.stoppedLifecycles)).toEqual([]);
  const none = Object.fromEntries([...STORE_PROBLEMS, 'readModelsDiffer'].map((name) => [name, []]));
  expect(Object.fromEntries(Object.entries(result.problems).map(([name, list]) => [name, few(list)]))).toEqual(none);
  expect(result.kills).toBe(figures.kills);
  expect(result.commands).toBeGreaterThanOrEqual(figures.commands);
};

export type Scenario = Pick<CrashRunOptions, 'instances' | 'stores' | 'projector'>;

/** Runs a scenario with the figures given and prints what it found. */
export const killAndRetry = async (title: string, scenario: Scenario, figures: CrashFigures): Promise<CrashRun> => {
  const result = await runCrashScenario({ ...scenario, ...figures });
  report(title, figures.seed, result);
  return result;
};
