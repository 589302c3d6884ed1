import type { Position } from '@eventstore/db-client';
import { isBefore, isSystemEvent } from './eventstoredb-mapping.js';

export type LoggedEvent = { type: string; streamId: string; position: Position };

/** Up to `maxCount` events of $all before `before` (all of them when undefined), newest first. */
export type BackwardsPageSource = (before: Position | undefined, maxCount: number) => Promise<LoggedEvent[]>;

/**
 * The position of the last event that is not a system event, or -1n when the log holds none.
 *
 * Read backwards page by page, each page from where the last one ended, until such an event: its cost grows
 * with the system events after the last of ours ($stats, $scavenges, projection links), never with the
 * size of the log, and there is no bound after which it gives up and answers -1n (which would let the API
 * write demo data into a live store). The alternatives do not fit: `readAll` takes no server-side filter in
 * client 6.x, and a filtered subscription only reads forwards, so from the end it sees nothing already
 * written, and from the start it scans the whole log.
 */
export const findHeadPosition = async (readBefore: BackwardsPageSource, pageSize = 500): Promise<bigint> => {
  let before: Position | undefined;
  for (;;) {
    const page = await readBefore(before, pageSize);
    let oldest: Position | undefined;
    for (const event of page) {
      if (before && !isBefore(event.position, before)) continue;
      if (!isSystemEvent(event)) return event.position.commit;
      oldest = event.position;
    }
    if (page.length < pageSize) return -1n;
    // A full page with nothing older than where it started would make this loop forever.
    if (!oldest) throw new Error(`Reading $all backwards made no progress before ${String(before?.commit)}`);
    before = oldest;
  }
};
