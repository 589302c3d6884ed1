import { requireNotBefore, requirePastDay, requireText } from '../shared/business-day.js';
import { byType, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { IssueRecall, MarkRecallUnitDone, RecallCommand } from './recall.commands.js';
import { RECALL_ACTIONS, type RecallEvent, type RecallIssued, type RecallUnitDone } from './recall.events.js';
import { serialRangeProblem } from './serial-range.js';

type Done = Omit<RecallUnitDone['data'], 'recallId' | 'assetId'>;

export type RecallState =
  { status: 'initial' } | { status: 'issued'; recall: RecallIssued['data']; done: Readonly<Record<string, Done>> };

const invalid = (field: string, message: string): DomainError =>
  new DomainError('RECALL.INVALID', message, 'invalid', { field });

const optionalText = (value: string | null | undefined): string | null => value?.trim() || null;

/** Lots as a set: the same lots in another order or repeated are the same recall. */
const lotsOf = (lots: string[] | null | undefined): string[] | null => {
  if (lots === null || lots === undefined) return null;
  if (!Array.isArray(lots) || lots.some((lot) => typeof lot !== 'string' || lot.trim() === ''))
    throw invalid('lots', 'every lot is a non-empty text');
  const unique = [...new Set(lots.map((lot) => lot.trim()))].sort();
  return unique.length === 0 ? null : unique;
};

/** What the centre was told: the recall's facts apart from the scope it found. */
const sameNotice = (a: RecallIssued['data'], b: RecallIssued['data']): boolean =>
  a.title === b.title &&
  a.articleNo === b.articleNo &&
  JSON.stringify(a.lots) === JSON.stringify(b.lots) &&
  a.serialFrom === b.serialFrom &&
  a.serialTo === b.serialTo &&
  a.action === b.action &&
  a.issuedOn === b.issuedOn;

const issue = ({ data }: IssueRecall, state: RecallState): RecallEvent[] => {
  requireText('RECALL.INVALID', 'title', data.title);
  requireText('RECALL.INVALID', 'articleNo', data.articleNo);
  if (!RECALL_ACTIONS.includes(data.action)) throw invalid('action', 'action must be inspect, pickUp or replace');
  requirePastDay('issuedOn', data.issuedOn, data.today);
  const serialFrom = optionalText(data.serialFrom);
  const serialTo = optionalText(data.serialTo);
  const rangeProblem = serialRangeProblem(serialFrom, serialTo);
  if (rangeProblem) throw invalid('serialFrom', rangeProblem);
  if (!Array.isArray(data.affected) || data.affected.some((id) => typeof id !== 'string' || id === ''))
    throw invalid('affected', 'affected lists asset ids');
  const recall: RecallIssued['data'] = {
    recallId: data.recallId,
    title: data.title.trim(),
    articleNo: data.articleNo.trim(),
    lots: lotsOf(data.lots),
    serialFrom,
    serialTo,
    action: data.action,
    issuedOn: data.issuedOn,
    affected: [...new Set(data.affected)],
  };
  if (state.status === 'issued') {
    // The same notice again does nothing: its scope stays the one found when it was first issued.
    if (sameNotice(state.recall, recall)) return [];
    throw new DomainError(
      'RECALL.ALREADY_ISSUED',
      `Recall ${data.recallId} is already issued with other facts`,
      'conflict',
      { recallId: data.recallId },
    );
  }
  return [{ type: 'RecallIssued', data: recall }];
};

const markDone = ({ data }: MarkRecallUnitDone, state: RecallState): RecallEvent[] => {
  if (state.status === 'initial')
    throw new DomainError('RECALL.NOT_FOUND', `Recall ${data.recallId} is not issued`, 'not_found', {
      recallId: data.recallId,
    });
  if (!state.recall.affected.includes(data.assetId))
    throw new DomainError(
      'RECALL.UNIT_NOT_AFFECTED',
      `Aid ${data.assetId} is not affected by recall ${data.recallId}`,
      'not_found',
      { recallId: data.recallId, assetId: data.assetId },
    );
  requireText('RECALL.INVALID', 'outcome', data.outcome);
  requirePastDay('doneOn', data.doneOn, data.today);
  requireNotBefore('RECALL.DONE_BEFORE_ISSUED', 'doneOn', data.doneOn, state.recall.issuedOn);
  const outcome = data.outcome.trim();
  const already = state.done[data.assetId];
  if (already) {
    if (already.doneOn === data.doneOn && already.outcome === outcome) return [];
    throw new DomainError(
      'RECALL.UNIT_ALREADY_DONE',
      `Aid ${data.assetId} was already done on ${already.doneOn} for recall ${data.recallId}`,
      'conflict',
      { recallId: data.recallId, assetId: data.assetId, doneOn: already.doneOn },
    );
  }
  return [
    { type: 'RecallUnitDone', data: { recallId: data.recallId, assetId: data.assetId, doneOn: data.doneOn, outcome } },
  ];
};

const evolve = (state: RecallState, event: RecallEvent): RecallState => {
  switch (event.type) {
    case 'RecallIssued':
      return { status: 'issued', recall: event.data, done: {} };
    case 'RecallUnitDone': {
      if (state.status !== 'issued') return state;
      const { doneOn, outcome } = event.data;
      return { ...state, done: { ...state.done, [event.data.assetId]: { doneOn, outcome } } };
    }
  }
};

export const recallDecider: Decider<RecallCommand, RecallEvent, RecallState> = {
  initialState: () => ({ status: 'initial' }),
  evolve,
  decide: byType<RecallCommand, RecallState, RecallEvent[]>({
    IssueRecall: issue,
    MarkRecallUnitDone: markDone,
  }),
};
