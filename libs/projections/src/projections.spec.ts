import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { allProjections } from './projections.js';
import { generateHistory } from './testing/history.js';
import { projectionSpec } from './testing/projection-spec.js';

describe.each(allProjections.map((projection) => [projection.name, projection] as const))('%s', (_name, projection) => {
  let temp: TempSqliteStore;
  beforeAll(async () => {
    temp = await openTempSqliteStore();
    await generateHistory(temp.store, 300);
  });
  afterAll(async () => temp.cleanup());

  it('applying the same events twice changes nothing', async () => {
    const spec = projectionSpec(projection);
    const events = await temp.store.readAll({ filter: { eventTypes: [...projection.handles] } });
    const db = await spec.open();
    await spec.apply(db, events, 97);
    const once = await Promise.all(projection.tables.map((suffix) => spec.rows(db, suffix)));
    await spec.apply(db, events, 97);
    await spec.apply(db, events.slice(10, 50), 1);
    expect(await Promise.all(projection.tables.map((suffix) => spec.rows(db, suffix)))).toEqual(once);
    expect(once.flat().length).toBeGreaterThan(0);
    await db.destroy();
  });

  it('gives the same rows whatever the batch size', async () => {
    const spec = projectionSpec(projection);
    const events = await temp.store.readAll({ filter: { eventTypes: [...projection.handles] } });
    const inOne = await spec.open();
    await spec.apply(inOne, events);
    const inSmall = await spec.open();
    await spec.apply(inSmall, events, 7);
    for (const suffix of projection.tables)
      expect(await spec.rows(inSmall, suffix)).toEqual(await spec.rows(inOne, suffix));
    await inOne.destroy();
    await inSmall.destroy();
  });
});
