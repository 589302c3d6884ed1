import { STORE_PROBLEMS } from './store-audit.js';
import { runCrashScenario, type CrashRun, type CrashRunOptions } from './crash-run.js';

/**
 * Per scenario. CI runs a short load, 1,000 commands and 5 kills in each;
 * CRASH_COMMANDS, CRASH_KILLS, CRASH_IN_FLIGHT and CRASH_SEED make a longer or repeatable one.
 */
const figure = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got ${process.env[name]}`);
  return value;
};
const commands = figure('CRASH_COMMANDS', 1000);
const kills = figure('CRASH_KILLS', 5);
const inFlight = figure('CRASH_IN_FLIGHT', 32);
const seed = figure('CRASH_SEED', Date.now() % 1_000_000);
// Every command is sent about kills / 2 + 2 times; 20 ms a send is far above what two loaded cores need.
export const crashTimeoutMs = 120_000 + commands * (kills / 2 + 2) * 20;

const report = (title: string, result: CrashRun): void => {
  const { problems } = result;
  const counts = Object.entries(problems).map(([name, list]) => `${name} ${list.length}`);
  process.stdout.write(
    `\n${title} (seed ${seed}): ${result.commands} commands, ${result.sends} sends, ${result.answers} answers ` +
      `(${result.replayedAnswers} replayed), ${result.kills} kills, ${result.events} events, ${result.seconds.toFixed(1)} s\n` +
      `  cut by a kill before any answer: ${result.cutBeforeAnswer.written} already written, ` +
      `${result.cutBeforeAnswer.notWritten} not yet\n` +
      `  ${counts.join(', ')}, stopped lifecycles ${result.stoppedLifecycles.length}` +
      `${result.dataDir ? `\n  store kept in ${result.dataDir}` : ''}\n`,
  );
};

export const expectNothingLostOrDoubled = (result: CrashRun): void => {
  const few = (list: string[]) => list.slice(0, 10);
  expect(few(result.stoppedLifecycles)).toEqual([]);
  const none = Object.fromEntries([...STORE_PROBLEMS, 'readModelsDiffer'].map((name) => [name, []]));
  expect(Object.fromEntries(Object.entries(result.problems).map(([name, list]) => [name, few(list)]))).toEqual(none);
  expect(result.kills).toBe(kills);
  expect(result.commands).toBeGreaterThanOrEqual(commands);
};

/** Runs a scenario on the instances given (their extra environment) and prints its figures. */
export const killAndRetry = async (title: string, instances: CrashRunOptions['instances']): Promise<CrashRun> => {
  const result = await runCrashScenario({ instances, commands, kills, inFlight, seed });
  report(title, result);
  return result;
};
