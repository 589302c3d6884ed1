import { eventLog } from '../testing/events.js';
import { projectionSpec } from '../testing/projection-spec.js';
import { personAidsProjection } from './person-aids.projection.js';

const spec = projectionSpec(personAidsProjection);
const delivered = {
  orderId: 'o1',
  personId: 'p1',
  articleNo: 'A-1',
  plannedDeliveryDate: '2025-01-04',
  municipality: 'Sala',
  routeId: 'r1',
};

describe('person aids projection', () => {
  it('registers the aids a person holds now and those they held, from delivery to return', async () => {
    const e = eventLog();
    await spec
      .given(
        e('PersonRegistered', {
          personId: 'p1',
          personnummer: '191212121212',
          sex: 'female',
          birthYear: 1912,
          municipality: 'Sala',
        }),
        e('AidDelivered', { ...delivered, assetId: 'a1', deliveredOn: '2025-01-04' }),
        e('AidDelivered', { ...delivered, assetId: 'a2', orderId: 'o2', deliveredOn: '2025-01-05' }),
        e('AidReturned', { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn: '2025-03-01', reason: 'done' }),
        e('AidDelivered', { ...delivered, assetId: 'a1', orderId: 'o3', deliveredOn: '2025-04-01' }),
      )
      .then('holdings', [
        { asset_id: 'a1', order_id: 'o1', since: '2025-01-04', until: '2025-03-01' },
        { asset_id: 'a2', order_id: 'o2', since: '2025-01-05', until: null },
        { asset_id: 'a1', order_id: 'o3', since: '2025-04-01', until: null },
      ]);
  });

  it('keeps no personnummer', async () => {
    const e = eventLog();
    const rows = await spec
      .given(
        e('PersonRegistered', {
          personId: 'p1',
          personnummer: '191212121212',
          sex: 'male',
          birthYear: 1912,
          municipality: 'Sala',
        }),
      )
      .then('persons', [{ person_id: 'p1' }]);
    expect(JSON.stringify(rows)).not.toContain('191212121212');
  });
});
