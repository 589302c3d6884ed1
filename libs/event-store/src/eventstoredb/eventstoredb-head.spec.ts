import * as fc from 'fast-check';
import type { Position } from '@eventstore/db-client';
import { type BackwardsPageSource, type LoggedEvent, findHeadPosition } from './eventstoredb-head.js';

const at = (commit: bigint): Position => ({ commit, prepare: commit });
const user = (commit: bigint): LoggedEvent => ({ type: 'AidDelivered', streamId: 'asset-1', position: at(commit) });
const system = (commit: bigint): LoggedEvent => ({
  type: '$statsCollected',
  streamId: '$stats-127.0.0.1:2113',
  position: at(commit),
});

/** $all read backwards as the server does: strictly before `before`, newest first. */
const pagesOf = (log: LoggedEvent[], reads: Array<Position | undefined> = []): BackwardsPageSource => {
  return async (before, maxCount) => {
    reads.push(before);
    return log
      .filter((event) => before === undefined || event.position.commit < before.commit)
      .sort((a, b) => (a.position.commit > b.position.commit ? -1 : 1))
      .slice(0, maxCount);
  };
};

/** Positions grow by the size of each record, as commit positions do. */
const logOf = (kinds: Array<'user' | 'system'>): LoggedEvent[] =>
  kinds.map((kind, i) => (kind === 'user' ? user : system)(BigInt(i) * 137n + 64n));

describe('EventStoreDB head position', () => {
  it('is -1n for an empty log', async () => {
    expect(await findHeadPosition(pagesOf([]))).toBe(-1n);
  });

  it('is the last event when it is ours, found with one page', async () => {
    const reads: Array<Position | undefined> = [];
    expect(await findHeadPosition(pagesOf([user(10n), user(20n)], reads))).toBe(20n);
    expect(reads).toEqual([undefined]);
  });

  it('finds our last event behind far more than a page (and the old 1,000-record window) of system events', async () => {
    const log = [user(1n), user(2n), ...Array.from({ length: 2500 }, (_, i) => system(BigInt(i) + 3n))];
    const reads: Array<Position | undefined> = [];
    expect(await findHeadPosition(pagesOf(log, reads), 500)).toBe(2n);
    // Each page starts where the one before ended.
    expect(reads.map((before) => before?.commit)).toEqual([undefined, 2003n, 1503n, 1003n, 503n, 3n]);
  });

  it('is -1n for a log of system events only', async () => {
    const log = Array.from({ length: 1200 }, (_, i) => system(BigInt(i)));
    expect(await findHeadPosition(pagesOf(log), 500)).toBe(-1n);
  });

  it('copes with a source that repeats the event a page started from', async () => {
    const log = [user(1n), ...Array.from({ length: 30 }, (_, i) => system(BigInt(i) + 2n))];
    const inclusive: BackwardsPageSource = async (before, maxCount) =>
      log
        .filter((event) => before === undefined || event.position.commit <= before.commit)
        .reverse()
        .slice(0, maxCount);
    expect(await findHeadPosition(inclusive, 10)).toBe(1n);
  });

  it('fails, rather than answering -1n, when a full page brings nothing older', async () => {
    const stuck: BackwardsPageSource = async () => [system(9n), system(8n)];
    await expect(findHeadPosition(stuck, 2)).rejects.toThrow('made no progress');
  });

  it('is the last event that is ours, whatever the log and the page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<'user' | 'system'>('user', 'system', 'system', 'system'), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        async (kinds, pageSize) => {
          const log = logOf(kinds);
          const expected = log.findLast((event) => event.type === 'AidDelivered')?.position.commit ?? -1n;
          expect(await findHeadPosition(pagesOf(log), pageSize)).toBe(expected);
        },
      ),
    );
  });
});
