import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import {
  evolvePickupRequestRow,
  pickupRequestsProjection,
  type PickupRequestRow,
} from './pickup-requests.projection.js';

const spec = projectionSpec(pickupRequestsProjection);
const e = eventLog();
const requested = (plannedPickupDate = '2025-06-20', requestedOn = '2025-06-12') =>
  e('PickupRequested', {
    assetId: 'a1',
    personId: 'p1',
    orderId: 'o1',
    articleNo: 'A-1',
    requestedOn,
    plannedPickupDate,
    reason: 'no longer needed',
  });
const returned = (returnedOn = '2025-06-20') =>
  e('AidReturned', { assetId: 'a1', personId: 'p1', orderId: 'o1', returnedOn, reason: 'pickup' });
const open: PickupRequestRow = {
  asset_id: 'a1',
  person_id: 'p1',
  order_id: 'o1',
  article_no: 'A-1',
  requested_on: '2025-06-12',
  planned_pickup_date: '2025-06-20',
  reason: 'no longer needed',
  status: 'open',
  closed_on: null,
};

describe('pickup requests projection', () => {
  it('an open request with its planned day', async () => {
    await spec.given(requested()).then('pickups', [open]);
  });

  it('a reschedule moves the planned day', async () => {
    await spec
      .given(
        requested(),
        e('PickupRescheduled', {
          assetId: 'a1',
          requestedOn: '2025-06-12',
          plannedPickupDate: '2025-06-24',
          rescheduledOn: '2025-06-13',
        }),
      )
      .then('pickups', [{ ...open, planned_pickup_date: '2025-06-24' }]);
  });

  it('the return closes the request as picked up', async () => {
    await spec
      .given(requested(), returned())
      .then('pickups', [{ ...open, status: 'pickedUp', closed_on: '2025-06-20' }]);
  });

  it('a cancellation closes it as cancelled, and a later return leaves it so', async () => {
    await spec
      .given(
        requested(),
        e('PickupCancelled', { assetId: 'a1', requestedOn: '2025-06-12', reason: 'kept', cancelledOn: '2025-06-14' }),
        returned('2025-07-01'),
      )
      .then('pickups', [{ ...open, status: 'cancelled', closed_on: '2025-06-14' }]);
  });

  it('a return without a request makes no row', async () => {
    await spec.given(returned()).then('pickups', []);
  });

  it("a new request replaces the aid's closed one", () => {
    evolveSpec(evolvePickupRequestRow)
      .given(requested(), returned(), requested('2025-09-10', '2025-09-01'))
      .then({ ...open, requested_on: '2025-09-01', planned_pickup_date: '2025-09-10' });
  });
});
