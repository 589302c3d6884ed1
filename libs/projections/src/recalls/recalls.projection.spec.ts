import type { RecallIssued } from '@aidledger/domain';
import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { recallsProjection } from './recalls.projection.js';

const recallId = 'r-1';
const issued: RecallIssued['data'] = {
  recallId,
  title: 'Lyftbygel kan spricka',
  articleNo: '200301',
  lots: ['L-7'],
  serialFrom: null,
  serialTo: null,
  action: 'inspect',
  issuedOn: '2026-11-20',
  affected: ['a-1', 'a-2', 'a-3'],
};

describe('recalls projection', () => {
  it('a recall lists its affected units, and counts each unit done once', async () => {
    const e = eventLog();
    const spec = projectionSpec(recallsProjection);
    const events = [
      e('RecallIssued', issued),
      e('RecallUnitDone', { recallId, assetId: 'a-2', doneOn: '2026-11-24', outcome: 'OK' }),
    ];
    await spec
      .given(...events)
      .then('recalls', [{ recall_id: recallId, lots: '["L-7"]', action: 'inspect', affected: 3, done: 1 }]);
    await spec.given(...events).then('recall_units', [
      { unit_id: 'r-1:a-1', asset_id: 'a-1', done_on: null, outcome: null },
      { unit_id: 'r-1:a-2', asset_id: 'a-2', done_on: '2026-11-24', outcome: 'OK' },
      { unit_id: 'r-1:a-3', asset_id: 'a-3', done_on: null, outcome: null },
    ]);
  });

  it('applying the same events twice changes nothing', async () => {
    const e = eventLog();
    const spec = projectionSpec(recallsProjection);
    const events = [
      e('RecallIssued', issued),
      e('RecallUnitDone', { recallId, assetId: 'a-1', doneOn: '2026-11-24', outcome: 'OK' }),
    ];
    const db = await spec.open();
    await spec.apply(db, events);
    await spec.apply(db, events, 1);
    expect(await spec.rows(db, 'recalls')).toEqual([expect.objectContaining({ affected: 3, done: 1 })]);
    await db.destroy();
  });
});
