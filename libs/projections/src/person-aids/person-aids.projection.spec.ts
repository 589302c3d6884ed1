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

  it('follows a corrected delivery or return day', async () => {
    const e = eventLog();
    const deliveredA1 = e('AidDelivered', { ...delivered, assetId: 'a1', deliveredOn: '2025-01-04' });
    const returnedA1 = e('AidReturned', {
      assetId: 'a1',
      personId: 'p1',
      orderId: 'o1',
      returnedOn: '2025-03-01',
      reason: 'done',
    });
    const deliveredA2 = e('AidDelivered', { ...delivered, assetId: 'a2', orderId: 'o2', deliveredOn: '2025-01-05' });
    const corrected = (
      assetId: string,
      revision: bigint,
      eventType: 'AidDelivered' | 'AidReturned',
      from: string,
      to: string,
    ) =>
      e('BusinessDateCorrected', {
        assetId,
        revision: Number(revision),
        eventType,
        field: eventType === 'AidDelivered' ? 'deliveredOn' : 'returnedOn',
        from,
        to,
        reason: 'typo',
      });
    await spec
      .given(
        deliveredA1,
        returnedA1,
        deliveredA2,
        corrected('a1', deliveredA1.revision, 'AidDelivered', '2025-01-04', '2025-01-03'),
        corrected('a1', returnedA1.revision, 'AidReturned', '2025-03-01', '2025-03-02'),
        corrected('a2', deliveredA2.revision, 'AidDelivered', '2025-01-05', '2025-01-06'),
      )
      .then('holdings', [
        { asset_id: 'a1', since: '2025-01-03', until: '2025-03-02' },
        { asset_id: 'a2', since: '2025-01-06', until: null },
      ]);
  });

  it('a reversed delivery leaves no holding: the person never held the aid', async () => {
    const e = eventLog();
    const first = e('AidDelivered', { ...delivered, assetId: 'a1', deliveredOn: '2025-01-04' });
    const wrong = e('AidDelivered', { ...delivered, assetId: 'a2', orderId: 'o2', deliveredOn: '2025-01-05' });
    await spec
      .given(
        first,
        wrong,
        e('AidDeliveryReversed', {
          assetId: 'a2',
          orderId: 'o2',
          personId: 'p1',
          articleNo: 'A-1',
          revision: Number(wrong.revision),
          deliveredOn: '2025-01-05',
          location: 'VÄS',
          reason: 'wrong aid',
        }),
      )
      .then('holdings', [{ asset_id: 'a1', since: '2025-01-04', until: null }]);
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
