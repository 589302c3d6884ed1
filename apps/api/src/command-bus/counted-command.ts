import { toProblem } from '../errors/problem-details.filter.js';
import type { AppMetrics } from '../observability/app-metrics.js';
import type { CommandAnswer } from './command-answer.js';

/** Runs a command and counts what became of it, by the status its answer gets: 4xx refused, 5xx failed. */
export const countedCommand = async (
  metrics: AppMetrics,
  type: string,
  run: () => Promise<CommandAnswer>,
): Promise<CommandAnswer> => {
  try {
    const answer = await run();
    metrics.command(type, answer.replayed ? 'replayed' : 'accepted');
    return answer;
  } catch (error) {
    const { status, code } = toProblem(error);
    metrics.command(type, status < 500 ? 'refused' : 'failed', code);
    throw error;
  }
};
