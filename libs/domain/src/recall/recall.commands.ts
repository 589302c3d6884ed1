import type { Message, Today, WithOptional } from '../shared/decider.js';
import type { CommandInput } from '../shared/references.js';
import type { RecallIssued, RecallUnitDone } from './recall.events.js';

/** Lots and serial bounds may be left out: the recall then covers every lot, or the range is open. */
export type IssueRecall = Message<
  'IssueRecall',
  WithOptional<RecallIssued['data'], 'lots' | 'serialFrom' | 'serialTo'> & Today
>;

export type MarkRecallUnitDone = Message<'MarkRecallUnitDone', RecallUnitDone['data'] & Today>;

export type RecallCommand = IssueRecall | MarkRecallUnitDone;

export type RecallCommandInput = CommandInput<RecallCommand, 'recallId'>;
