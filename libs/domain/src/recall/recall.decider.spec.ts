import { given } from '../testing/decider-spec.js';
import type { IssueRecall, MarkRecallUnitDone } from './recall.commands.js';
import { recallDecider } from './recall.decider.js';
import type { RecallEvent, RecallIssued } from './recall.events.js';

const recallId = '5d1c0b7e-4a2f-4c3e-9f5a-1b2c3d4e5f60';
const [first, second, third] = [
  '0b1e2c3d-0000-4000-8000-000000000001',
  '0b1e2c3d-0000-4000-8000-000000000002',
  '0b1e2c3d-0000-4000-8000-000000000003',
];

const issue = (overrides: Partial<IssueRecall['data']> = {}): IssueRecall => ({
  type: 'IssueRecall',
  data: {
    recallId,
    title: 'Lyftbygel kan spricka',
    articleNo: '200301',
    lots: ['L-2023-07'],
    serialFrom: 'SN-L-0100',
    serialTo: 'SN-L-0199',
    action: 'inspect',
    issuedOn: '2026-11-20',
    affected: [first, second],
    today: '2026-11-30',
    ...overrides,
  },
});
const issued: RecallIssued = {
  type: 'RecallIssued',
  data: {
    recallId,
    title: 'Lyftbygel kan spricka',
    articleNo: '200301',
    lots: ['L-2023-07'],
    serialFrom: 'SN-L-0100',
    serialTo: 'SN-L-0199',
    action: 'inspect',
    issuedOn: '2026-11-20',
    affected: [first, second],
  },
};
const done = (overrides: Partial<MarkRecallUnitDone['data']> = {}): MarkRecallUnitDone => ({
  type: 'MarkRecallUnitDone',
  data: { recallId, assetId: first, doneOn: '2026-11-24', outcome: 'Bygeln bytt', today: '2026-11-30', ...overrides },
});
const unitDone: RecallEvent = {
  type: 'RecallUnitDone',
  data: { recallId, assetId: first, doneOn: '2026-11-24', outcome: 'Bygeln bytt' },
};

describe('recall decider: issuing', () => {
  it('records the scope found at issue time in the event, so the scope is a fact', () => {
    given(recallDecider, []).when(issue()).then([issued]);
  });

  it('a recall of every lot and serial leaves them out; lots are a set', () => {
    given(recallDecider, [])
      .when(issue({ lots: [' B ', 'A', 'B'], serialFrom: undefined, serialTo: undefined }))
      .then([{ type: 'RecallIssued', data: { ...issued.data, lots: ['A', 'B'], serialFrom: null, serialTo: null } }]);
    given(recallDecider, [])
      .when(issue({ lots: [] }))
      .then([{ type: 'RecallIssued', data: { ...issued.data, lots: null } }]);
  });

  it('a recall that finds no aid of the centre is recorded with an empty scope', () => {
    given(recallDecider, [])
      .when(issue({ affected: [] }))
      .then([{ type: 'RecallIssued', data: { ...issued.data, affected: [] } }]);
  });

  it('needs a title', () => {
    given(recallDecider, [])
      .when(issue({ title: ' ' }))
      .thenThrows('RECALL.INVALID', 'invalid');
  });

  it('the action is inspect, pick up or replace', () => {
    given(recallDecider, [])
      .when(issue({ action: 'repaint' as never }))
      .thenThrows('RECALL.INVALID', 'invalid');
  });

  it('is not issued on a day after today', () => {
    given(recallDecider, [])
      .when(issue({ issuedOn: '2026-12-01' }))
      .thenThrows('DATE.IN_FUTURE', 'invalid');
  });

  it('a lot is a non-empty text', () => {
    given(recallDecider, [])
      .when(issue({ lots: ['L1', ''] }))
      .thenThrows('RECALL.INVALID', 'invalid');
  });

  it('text serial bounds are of equal length, and in order', () => {
    given(recallDecider, [])
      .when(issue({ serialFrom: 'SN-1', serialTo: 'SN-0199' }))
      .thenThrows('RECALL.INVALID', 'invalid');
    given(recallDecider, [])
      .when(issue({ serialFrom: 'SN-L-0200', serialTo: 'SN-L-0100' }))
      .thenThrows('RECALL.INVALID', 'invalid');
  });

  it('numeric serial bounds compare as numbers', () => {
    given(recallDecider, [])
      .when(issue({ serialFrom: '99', serialTo: '1000' }))
      .then([{ type: 'RecallIssued', data: { ...issued.data, serialFrom: '99', serialTo: '1000' } }]);
  });

  it('does nothing when the same recall is issued again, whatever scope is found now', () => {
    given(recallDecider, [issued])
      .when(issue({ affected: [first, second, third] }))
      .then([]);
  });

  it('issuing it again with other facts is a conflict', () => {
    given(recallDecider, [issued])
      .when(issue({ action: 'replace' }))
      .thenThrows('RECALL.ALREADY_ISSUED', 'conflict');
    given(recallDecider, [issued])
      .when(issue({ lots: ['L-2023-08'] }))
      .thenThrows('RECALL.ALREADY_ISSUED', 'conflict');
  });
});

describe('recall decider: units done', () => {
  it('records an affected unit done', () => {
    given(recallDecider, [issued]).when(done()).then([unitDone]);
  });

  it('a recall that is not issued is not found', () => {
    given(recallDecider, []).when(done()).thenThrows('RECALL.NOT_FOUND', 'not_found');
  });

  it('only an affected unit can be done', () => {
    given(recallDecider, [issued])
      .when(done({ assetId: third }))
      .thenThrows('RECALL.UNIT_NOT_AFFECTED', 'not_found');
  });

  it('needs an outcome', () => {
    given(recallDecider, [issued])
      .when(done({ outcome: '' }))
      .thenThrows('RECALL.INVALID', 'invalid');
  });

  it('is not done after today, nor before the recall was issued', () => {
    given(recallDecider, [issued])
      .when(done({ doneOn: '2026-12-01' }))
      .thenThrows('DATE.IN_FUTURE', 'invalid');
    given(recallDecider, [issued])
      .when(done({ doneOn: '2026-11-19' }))
      .thenThrows('RECALL.DONE_BEFORE_ISSUED', 'conflict');
  });

  it('does nothing when the same unit is done again with the same facts', () => {
    given(recallDecider, [issued, unitDone]).when(done()).then([]);
  });

  it('a unit done again with other facts is a conflict', () => {
    given(recallDecider, [issued, unitDone])
      .when(done({ doneOn: '2026-11-25' }))
      .thenThrows('RECALL.UNIT_ALREADY_DONE', 'conflict');
    given(recallDecider, [issued, unitDone])
      .when(done({ outcome: 'Kasserad' }))
      .thenThrows('RECALL.UNIT_ALREADY_DONE', 'conflict');
  });

  it('each affected unit is done once, independently of the others', () => {
    given(recallDecider, [issued, unitDone])
      .when(done({ assetId: second }))
      .then([{ type: 'RecallUnitDone', data: { ...unitDone.data, assetId: second } }]);
  });
});
