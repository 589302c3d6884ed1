import type { Message } from '../shared/decider.js';

/** What the centre does with each affected aid (the manufacturer's field safety notice says which). */
export type RecallAction = 'inspect' | 'pickUp' | 'replace';

export const RECALL_ACTIONS: readonly RecallAction[] = ['inspect', 'pickUp', 'replace'];

/**
 * A field safety corrective action (FSCA) as the centre received it. `affected` is the scope the centre found at
 * issue time (the aids of the article, lots and serial range): recorded in the event, so the recall's scope is a
 * fact and does not change when aids are received later. `lots` null = every lot; a serial bound null = open.
 */
export type RecallIssued = Message<
  'RecallIssued',
  {
    recallId: string;
    title: string;
    articleNo: string;
    lots: string[] | null;
    serialFrom: string | null;
    serialTo: string | null;
    action: RecallAction;
    issuedOn: string;
    affected: string[];
  }
>;

/** One affected aid was dealt with (inspected, picked up or replaced); `outcome` says how. */
export type RecallUnitDone = Message<
  'RecallUnitDone',
  { recallId: string; assetId: string; doneOn: string; outcome: string }
>;

export type RecallEvent = RecallIssued | RecallUnitDone;

export const recallStream = (recallId: string): string => `recall-${recallId}`;
