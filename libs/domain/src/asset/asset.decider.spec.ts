import { given } from '../testing/decider-spec.js';
import type { ArticleFacts, OrderFacts } from '../shared/references.js';
import type { AssetCommand } from './asset.commands.js';
import { assetDecider, assetView, businessDateOf } from './asset.decider.js';
import type { AssetEvent } from './asset.events.js';
import { unitNumberOf } from './unit-number.js';

const assetId = 'a-1';
const today = '2025-03-20';
const unitNumber = unitNumberOf(4242);

const registered: AssetEvent = {
  type: 'AssetRegistered',
  data: { assetId, articleNo: 'WC-100', serialNumber: 'SN-1', location: 'VAS', receivedOn: '2025-03-01', unitNumber },
};
const allocated: AssetEvent = {
  type: 'AssetAllocated',
  data: { assetId, orderId: 'o-1', personId: 'p-1', allocatedOn: '2025-03-03' },
};
const dispatched: AssetEvent = {
  type: 'AidDispatched',
  data: { assetId, orderId: 'o-1', routeId: 'r-7', dispatchedOn: '2025-03-05' },
};
const delivered: AssetEvent = {
  type: 'AidDelivered',
  data: {
    assetId,
    orderId: 'o-1',
    personId: 'p-1',
    articleNo: 'WC-100',
    deliveredOn: '2025-03-05',
    plannedDeliveryDate: '2025-03-05',
    municipality: 'Västerås',
    routeId: 'r-7',
  },
};
const returned: AssetEvent = {
  type: 'AidReturned',
  data: { assetId, personId: 'p-1', orderId: 'o-1', returnedOn: '2025-03-10', reason: 'no longer needed' },
};
const scrapped: AssetEvent = {
  type: 'AidScrapped',
  data: { assetId, scrappedOn: '2025-03-02', reason: 'broken frame' },
};

const ready = [registered];
const isAllocated = [registered, allocated];
const inTransit = [registered, allocated, dispatched];
const onLoan = [registered, allocated, dispatched, delivered];
const awaitingReconditioning = [...onLoan, returned];
const isScrapped = [registered, scrapped];

const individual: ArticleFacts = { articleNo: 'WC-100', kind: 'individual' };
const register: AssetCommand = {
  type: 'RegisterAsset',
  data: {
    assetId,
    articleNo: 'WC-100',
    serialNumber: 'SN-1',
    location: 'VAS',
    receivedOn: '2025-03-01',
    unitNumber,
    article: individual,
    today,
  },
};
/** The order the handler looks up: placed for p-1, article WC-100, planned 2025-03-05 in Västerås. */
const order = (overrides: Partial<OrderFacts> = {}): OrderFacts => ({
  orderId: 'o-1',
  status: 'placed',
  personId: 'p-1',
  articleNo: 'WC-100',
  plannedDeliveryDate: '2025-03-05',
  municipality: 'Västerås',
  ...overrides,
});
const allocate = (orderId = 'o-1', articleNo = 'WC-100', status: OrderFacts['status'] = 'placed'): AssetCommand => ({
  type: 'AllocateAsset',
  data: { assetId, orderId, order: order({ orderId, articleNo, status }), allocatedOn: '2025-03-03', today },
});
const dispatch = (orderId = 'o-1', routeId = 'r-7'): AssetCommand => ({
  type: 'DispatchAid',
  data: { assetId, orderId, routeId, dispatchedOn: '2025-03-05', today },
});
const deliver = (
  overrides: Partial<OrderFacts> & { deliveredOn?: string } = {},
): Extract<AssetCommand, { type: 'DeliverAid' }> => {
  const { deliveredOn = '2025-03-05', ...facts } = overrides;
  const served = order(facts);
  return { type: 'DeliverAid', data: { assetId, orderId: served.orderId, order: served, deliveredOn, today } };
};
const failDelivery = (
  overrides: Partial<Pick<Extract<AssetCommand, { type: 'RecordDeliveryFailure' }>['data'], 'rescheduledTo'>> = {},
) =>
  ({
    type: 'RecordDeliveryFailure',
    data: {
      assetId,
      orderId: 'o-1',
      order: order(),
      reason: 'nobody home',
      rescheduledTo: '2025-03-07',
      failedOn: '2025-03-05',
      today,
      ...overrides,
    },
  }) satisfies AssetCommand;
const returnAid = (returnedOn = '2025-03-10'): AssetCommand => ({
  type: 'ReturnAid',
  data: { assetId, returnedOn, reason: 'no longer needed', today },
});
const recondition: AssetCommand = {
  type: 'ReconditionAid',
  data: { assetId, reconditionedOn: '2025-03-12', location: 'KÖP', today },
};
const reportRepair = (repairId = 'rep-1', reportedOn = '2025-03-12'): AssetCommand => ({
  type: 'ReportRepair',
  data: { assetId, repairId, reportedOn, description: 'squeaky wheel', today },
});
const completeRepair = (repairId = 'rep-1', completedOn = '2025-03-14'): AssetCommand => ({
  type: 'CompleteRepair',
  data: { assetId, repairId, completedOn, today },
});
const inspect: AssetCommand = { type: 'InspectAid', data: { assetId, inspectedOn: '2025-03-12', passed: true, today } };
const scrap = (reason = 'worn out', scrappedOn = '2025-03-12'): AssetCommand => ({
  type: 'ScrapAid',
  data: { assetId, scrappedOn, reason, today },
});
const release: AssetCommand = {
  type: 'ReleaseAllocation',
  data: { assetId, orderId: 'o-1', reason: 'order cancelled', releasedOn: '2025-03-04', today },
};

describe('asset decider', () => {
  describe('registration', () => {
    it('registers an aid as ready in stock', () => {
      given(assetDecider, []).when(register).then([registered]);
    });

    it('defaults the day received to today', () => {
      const { receivedOn: _receivedOn, ...data } = (register as Extract<AssetCommand, { type: 'RegisterAsset' }>).data;
      given(assetDecider, [])
        .when({ type: 'RegisterAsset', data })
        .then([{ type: 'AssetRegistered', data: { ...registered.data, receivedOn: today } } as AssetEvent]);
    });

    it('registers only aids of an individual article: a consumable has no marked aids', () => {
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, article: { articleNo: 'WC-100', kind: 'consumable' } } })
        .thenThrows('ARTICLE.NOT_INDIVIDUAL', 'conflict');
    });

    it('records the lot and the UDI-DI received with the aid, for traceability', () => {
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, lot: ' LOT-24A ', udiDi: '07350012345678' } } as AssetCommand)
        .then([{ ...registered, data: { ...registered.data, lot: 'LOT-24A', udiDi: '07350012345678' } } as AssetEvent]);
    });

    it('records no lot or UDI-DI when they are unknown (null)', () => {
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, lot: null, udiDi: null } } as AssetCommand)
        .then([registered]);
    });

    it('refuses a blank lot or UDI-DI: unknown is null, not empty', () => {
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, lot: '  ' } } as AssetCommand)
        .thenThrows('ASSET.LOT_BLANK', 'invalid');
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, udiDi: '' } } as AssetCommand)
        .thenThrows('ASSET.UDI_DI_BLANK', 'invalid');
    });

    it('refuses to register an aid twice', () => {
      given(assetDecider, ready).when(register).thenThrows('ASSET.ALREADY_REGISTERED', 'conflict');
    });

    it('refuses a command on an aid that was never registered', () => {
      given(assetDecider, []).when(allocate()).thenThrows('ASSET.NOT_FOUND', 'not_found');
    });
  });

  describe('unit numbers', () => {
    const legacy: AssetEvent = {
      type: 'AssetRegistered',
      data: { assetId, articleNo: 'WC-100', serialNumber: 'SN-1', location: 'VAS', receivedOn: '2025-03-01' },
    };
    const assign = (number = unitNumber): AssetCommand => ({
      type: 'AssignUnitNumber',
      data: { assetId, unitNumber: number, today },
    });
    const assigned: AssetEvent = { type: 'UnitNumberAssigned', data: { assetId, unitNumber, assignedOn: today } };

    it('receives an aid only with a unit number whose check symbol holds', () => {
      const wrongCheck = `${unitNumber.slice(0, 6)}${unitNumber[6] === '0' ? '1' : '0'}`;
      given(assetDecider, [])
        .when({ ...register, data: { ...register.data, unitNumber: wrongCheck } } as AssetCommand)
        .thenThrows('ASSET.INVALID_UNIT_NUMBER', 'invalid');
    });

    it('shows the unit number received with the aid', () => {
      expect(assetView(given(assetDecider, ready).state)?.unitNumber).toBe(unitNumber);
    });

    it('an aid received before unit numbers existed has none until one is assigned', () => {
      expect(assetView(given(assetDecider, [legacy]).state)?.unitNumber).toBeNull();
      given(assetDecider, [legacy]).when(assign()).then([assigned]);
      expect(assetView(given(assetDecider, [legacy, assigned]).state)?.unitNumber).toBe(unitNumber);
    });

    it('assigning the number the aid has does nothing', () => {
      given(assetDecider, ready).when(assign()).then([]);
      given(assetDecider, [legacy, assigned]).when(assign()).then([]);
    });

    it('an aid keeps its unit number: another one is refused', () => {
      given(assetDecider, ready)
        .when(assign(unitNumberOf(7)))
        .thenThrows('ASSET.UNIT_NUMBER_ASSIGNED', 'conflict');
    });

    it('refuses to assign a number to an aid never received', () => {
      given(assetDecider, []).when(assign()).thenThrows('ASSET.NOT_FOUND', 'not_found');
    });

    it('a unit number is a label, not a business fact: later events may lie before the day it was assigned', () => {
      given(assetDecider, [legacy, assigned])
        .when(allocate())
        .then([
          { type: 'AssetAllocated', data: { assetId, orderId: 'o-1', personId: 'p-1', allocatedOn: '2025-03-03' } },
        ]);
    });
  });

  describe('a scrapped aid cannot be anything', () => {
    it.each<[string, AssetCommand]>([
      ['allocated', allocate()],
      ['dispatched', dispatch()],
      ['delivered', deliver()],
      ['returned', returnAid()],
      ['reconditioned', recondition],
      ['reported for repair', reportRepair()],
      ['inspected', inspect],
      ['scrapped again', scrap()],
      ['released', release],
    ])('a scrapped aid cannot be %s', (_verb, command) => {
      given(assetDecider, isScrapped).when(command).thenThrows('ASSET.SCRAPPED', 'conflict');
    });

    it('names the state in the message', () => {
      const error = given(assetDecider, isScrapped).when(allocate()).thenThrows('ASSET.SCRAPPED');
      expect(error.message).toBe('Aid is scrapped; it cannot be allocated');
      expect(error.details).toEqual({ status: 'scrapped' });
    });
  });

  describe('allocation', () => {
    it('allocates a ready aid to an order', () => {
      given(assetDecider, ready).when(allocate()).then([allocated]);
    });

    it('an aid can be allocated to one order at a time', () => {
      const error = given(assetDecider, isAllocated).when(allocate('o-2')).thenThrows('ASSET.ALREADY_ALLOCATED');
      expect(error.message).toContain('allocated to an order');
    });

    it('does nothing when already allocated to the same order', () => {
      given(assetDecider, isAllocated).when(allocate()).then([]);
    });

    it('allocates only a ready aid', () => {
      given(assetDecider, awaitingReconditioning).when(allocate('o-2')).thenThrows('ASSET.NOT_READY');
      given(assetDecider, onLoan).when(allocate('o-2')).thenThrows('ASSET.NOT_READY');
    });

    it('refuses an order for another article', () => {
      given(assetDecider, ready).when(allocate('o-1', 'BED-1')).thenThrows('ASSET.WRONG_ARTICLE');
    });

    it.each<OrderFacts['status']>(['cancelled', 'fulfilled'])(
      'allocates only to an open order, not a %s one',
      (status) => {
        const error = given(assetDecider, ready)
          .when(allocate('o-1', 'WC-100', status))
          .thenThrows('ORDER.NOT_OPEN');
        expect(error.details).toEqual({ status });
      },
    );

    it('allocates to the person of the order', () => {
      given(assetDecider, ready)
        .when({ ...allocate(), data: { ...allocate().data, order: order({ personId: 'p-9' }) } } as AssetCommand)
        .then([{ ...allocated, data: { ...allocated.data, personId: 'p-9' } } as AssetEvent]);
    });

    it('releases the allocation the aid has when no order is named', () => {
      const { orderId: _orderId, ...unnamed } = (release as Extract<AssetCommand, { type: 'ReleaseAllocation' }>).data;
      given(assetDecider, isAllocated)
        .when({ type: 'ReleaseAllocation', data: unnamed })
        .then([
          {
            type: 'AssetAllocationReleased',
            data: { assetId, orderId: 'o-1', reason: 'order cancelled', releasedOn: '2025-03-04' },
          },
        ]);
    });

    it('refuses to release an allocation to another order', () => {
      given(assetDecider, isAllocated)
        .when({ type: 'ReleaseAllocation', data: { ...(release.data as object), orderId: 'o-2' } } as AssetCommand)
        .thenThrows('ASSET.ALLOCATED_TO_ANOTHER_ORDER');
    });

    it('releases an allocation back to ready', () => {
      given(assetDecider, isAllocated)
        .when(release)
        .then([
          {
            type: 'AssetAllocationReleased',
            data: { assetId, orderId: 'o-1', reason: 'order cancelled', releasedOn: '2025-03-04' },
          },
        ]);
    });

    it('releases only an allocated aid', () => {
      given(assetDecider, ready).when(release).thenThrows('ASSET.NOT_ALLOCATED');
      given(assetDecider, inTransit).when(release).thenThrows('ASSET.NOT_ALLOCATED');
    });
  });

  describe('dispatch', () => {
    it('dispatches an allocated aid on a route', () => {
      given(assetDecider, isAllocated).when(dispatch()).then([dispatched]);
    });

    it('dispatches only an allocated aid', () => {
      given(assetDecider, ready).when(dispatch()).thenThrows('ASSET.NOT_ALLOCATED');
    });

    it('dispatches only for the allocated order', () => {
      given(assetDecider, isAllocated).when(dispatch('o-2')).thenThrows('ASSET.ALLOCATED_TO_ANOTHER_ORDER');
    });

    it('does nothing when already dispatched on the same route for the same order', () => {
      given(assetDecider, inTransit).when(dispatch()).then([]);
    });
  });

  describe('delivery', () => {
    it('delivers a dispatched aid with the order facts and the route', () => {
      given(assetDecider, inTransit).when(deliver()).then([delivered]);
    });

    it('an aid must be dispatched before it is delivered', () => {
      const error = given(assetDecider, isAllocated).when(deliver()).thenThrows('ASSET.NOT_IN_TRANSIT');
      expect(error.message).toMatch(/^Aid is allocated to an order;/);
    });

    it('delivers only for the order it is dispatched for', () => {
      given(assetDecider, inTransit)
        .when(deliver({ orderId: 'o-2' }))
        .thenThrows('ASSET.ALLOCATED_TO_ANOTHER_ORDER');
    });

    it('an aid on loan cannot be delivered to another order', () => {
      given(assetDecider, onLoan)
        .when(deliver({ orderId: 'o-2' }))
        .thenThrows('ASSET.ON_LOAN');
    });

    it('an aid with one person cannot be delivered to another person', () => {
      const error = given(assetDecider, onLoan)
        .when(deliver({ orderId: 'o-2', personId: 'p-2' }))
        .thenThrows('ASSET.WITH_ANOTHER_PERSON');
      expect(error.message).toContain('on loan to another person');
    });

    it('an aid in transit for one person cannot be delivered to another', () => {
      given(assetDecider, inTransit)
        .when(deliver({ personId: 'p-2' }))
        .thenThrows('ASSET.WITH_ANOTHER_PERSON');
    });

    it('does nothing when the same order is delivered to the same person again', () => {
      given(assetDecider, onLoan).when(deliver()).then([]);
    });

    it('a returned aid cannot be delivered', () => {
      given(assetDecider, awaitingReconditioning).when(deliver()).thenThrows('ASSET.NOT_IN_TRANSIT');
    });

    it('a delivery day may not lie after today', () => {
      given(assetDecider, inTransit)
        .when(deliver({ deliveredOn: '2025-03-21' }))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
    });

    it('the planned day may lie after today (an early delivery)', () => {
      given(assetDecider, inTransit)
        .when(deliver({ plannedDeliveryDate: '2025-04-01' }))
        .then([{ ...delivered, data: { ...delivered.data, plannedDeliveryDate: '2025-04-01' } } as AssetEvent]);
    });

    it('a delivery day may not lie before the dispatch', () => {
      given(assetDecider, inTransit)
        .when(deliver({ deliveredOn: '2025-03-04' }))
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS', 'conflict');
    });

    it('refuses a day that does not exist', () => {
      given(assetDecider, inTransit)
        .when(deliver({ deliveredOn: '2025-02-30' }))
        .thenThrows('DATE.INVALID', 'invalid');
    });
  });

  describe('failed delivery', () => {
    it('a failed delivery sends the aid back to allocated and records the next attempt', () => {
      const state = given(assetDecider, [...inTransit]);
      state.when(failDelivery()).then([
        {
          type: 'AidDeliveryFailed',
          data: {
            assetId,
            orderId: 'o-1',
            reason: 'nobody home',
            failedOn: '2025-03-05',
            rescheduledTo: '2025-03-07',
            plannedDeliveryDate: '2025-03-05',
            municipality: 'Västerås',
            routeId: 'r-7',
          },
        },
      ]);
    });

    it('after a failed delivery the aid is allocated again and must be dispatched anew', () => {
      const failure = assetDecider.decide(failDelivery(), given(assetDecider, inTransit).state);
      const after = given(assetDecider, [...inTransit, ...failure]);
      expect(assetView(after.state)?.status).toBe('allocated');
      after.when(deliver()).thenThrows('ASSET.NOT_IN_TRANSIT');
      after
        .when(dispatch('o-1', 'r-8'))
        .then([
          { type: 'AidDispatched', data: { assetId, orderId: 'o-1', routeId: 'r-8', dispatchedOn: '2025-03-05' } },
        ]);
    });

    it('records a failure only for an aid in transit', () => {
      given(assetDecider, isAllocated).when(failDelivery()).thenThrows('ASSET.NOT_IN_TRANSIT');
    });

    it('the next attempt may not lie before the failed one', () => {
      given(assetDecider, inTransit)
        .when(failDelivery({ rescheduledTo: '2025-03-04' }))
        .thenThrows('ASSET.RESCHEDULED_BEFORE_FAILURE', 'invalid');
    });

    it('the next attempt may lie after today', () => {
      const events = assetDecider.decide(
        failDelivery({ rescheduledTo: '2025-04-30' }),
        given(assetDecider, inTransit).state,
      );
      expect(events).toHaveLength(1);
    });
  });

  describe('return', () => {
    it('returns an aid on loan, naming the person and order it leaves', () => {
      given(assetDecider, onLoan).when(returnAid()).then([returned]);
    });

    it('returns only an aid on loan', () => {
      given(assetDecider, ready).when(returnAid()).thenThrows('ASSET.NOT_ON_LOAN');
    });

    it('a return before its delivery is refused', () => {
      given(assetDecider, onLoan).when(returnAid('2025-03-04')).thenThrows('ASSET.DATE_BEFORE_PREVIOUS');
    });

    it('a return on the day of delivery is allowed', () => {
      expect(assetDecider.decide(returnAid('2025-03-05'), given(assetDecider, onLoan).state)).toHaveLength(1);
    });
  });

  describe('reconditioning', () => {
    it('only a returned aid can be reconditioned; it becomes ready at the given location', () => {
      const after = given(assetDecider, awaitingReconditioning);
      after
        .when(recondition)
        .then([{ type: 'AidReconditioned', data: { assetId, reconditionedOn: '2025-03-12', location: 'KÖP' } }]);
      const state = assetDecider.evolve(after.state, assetDecider.decide(recondition, after.state)[0]!);
      expect(assetView(state)).toMatchObject({ status: 'ready', location: 'KÖP' });
    });

    it('an aid on loan cannot be reconditioned', () => {
      const error = given(assetDecider, onLoan).when(recondition).thenThrows('ASSET.ON_LOAN');
      expect(error.message).toBe('Aid is on loan; it cannot be reconditioned; only a returned aid can be');
    });

    it('a ready aid cannot be reconditioned', () => {
      given(assetDecider, ready).when(recondition).thenThrows('ASSET.NOT_AWAITING_RECONDITIONING');
    });
  });

  describe('repairs', () => {
    it.each<[string, AssetEvent[]]>([
      ['on loan', onLoan],
      ['ready', ready],
      ['allocated', isAllocated],
      ['awaiting reconditioning', awaitingReconditioning],
    ])('a repair can be reported on an aid %s', (_state, events) => {
      given(assetDecider, events)
        .when(reportRepair())
        .then([
          {
            type: 'AidRepairReported',
            data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', description: 'squeaky wheel' },
          },
        ]);
    });

    it('a repair cannot be reported on an aid in transit', () => {
      given(assetDecider, inTransit).when(reportRepair()).thenThrows('ASSET.IN_TRANSIT');
    });

    const reported: AssetEvent = {
      type: 'AidRepairReported',
      data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', description: 'squeaky wheel' },
    };

    it('does nothing when the same repair is reported again', () => {
      given(assetDecider, [...onLoan, reported])
        .when(reportRepair())
        .then([]);
    });

    it('completes a reported repair later, carrying the day it was reported', () => {
      given(assetDecider, [...onLoan, reported])
        .when(completeRepair())
        .then([
          {
            type: 'AidRepaired',
            data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', completedOn: '2025-03-14' },
          },
        ]);
    });

    it('completes only an open repair', () => {
      given(assetDecider, onLoan).when(completeRepair()).thenThrows('REPAIR.NOT_FOUND', 'not_found');
    });

    it('a repair cannot be completed before it was reported', () => {
      given(assetDecider, [...onLoan, reported])
        .when(completeRepair('rep-1', '2025-03-11'))
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS');
    });

    const repaired: AssetEvent = {
      type: 'AidRepaired',
      data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', completedOn: '2025-03-14' },
    };

    it('does nothing when a repair is completed again on the same day', () => {
      given(assetDecider, [...onLoan, reported, repaired])
        .when(completeRepair())
        .then([]);
    });

    it('a completed repair cannot be completed on another day: the day is corrected instead', () => {
      const error = given(assetDecider, [...onLoan, reported, repaired])
        .when(completeRepair('rep-1', '2025-03-15'))
        .thenThrows('REPAIR.ALREADY_COMPLETED', 'conflict');
      expect(error.details).toEqual({ day: '2025-03-14', revision: 5, correction: 'completedOn' });
      expect(error.message).toContain(`POST /api/assets/${assetId}/corrections with revision 5 and field completedOn`);
    });

    it('a repair reported again with another day is refused: the day is corrected instead', () => {
      const error = given(assetDecider, [...onLoan, reported])
        .when(reportRepair('rep-1', '2025-03-13'))
        .thenThrows('REPAIR.ALREADY_REPORTED', 'conflict');
      expect(error.details).toEqual({ day: '2025-03-12', revision: 4, correction: 'reportedOn' });
    });

    it('a repair keeps the aid in its lifecycle state', () => {
      const state = given(assetDecider, [...onLoan, reported]).state;
      expect(assetView(state)).toMatchObject({
        status: 'onLoan',
        personId: 'p-1',
        openRepairs: [{ repairId: 'rep-1', reportedOn: '2025-03-12', description: 'squeaky wheel' }],
      });
      const after = given(assetDecider, [...onLoan, reported, repaired]).state;
      expect(assetView(after)).toMatchObject({ status: 'onLoan', openRepairs: [] });
    });
  });

  describe('inspection', () => {
    it('inspects an aid in any state but scrapped', () => {
      given(assetDecider, onLoan)
        .when(inspect)
        .then([{ type: 'AidInspected', data: { assetId, inspectedOn: '2025-03-12', passed: true } }]);
    });

    const lift: ArticleFacts = { articleNo: 'WC-100', kind: 'individual', inspectionIntervalMonths: 12 };
    const receivedOn = (day: string): AssetEvent => ({ ...registered, data: { ...registered.data, receivedOn: day } });
    const inspected = (inspectedOn: string, passed: boolean): AssetEvent => ({
      type: 'AidInspected',
      data: { assetId, inspectedOn, passed },
    });
    const inspectOn = (inspectedOn: string, passed: boolean): AssetCommand => ({
      type: 'InspectAid',
      data: { assetId, inspectedOn, passed, today },
    });
    /** `null`: no article facts, as an import of past loans sends it. */
    const allocateOn = (allocatedOn: string, article: ArticleFacts | null = lift): AssetCommand => ({
      type: 'AllocateAsset',
      data: {
        assetId,
        orderId: 'o-1',
        order: order(),
        ...(article ? { article } : {}),
        allocatedOn,
        today: allocatedOn,
      },
    });
    const allocatedOn = (day: string): AssetEvent => ({ ...allocated, data: { ...allocated.data, allocatedOn: day } });

    it('an aid never inspected is due its interval after the receipt: allocation within 30 days of it is refused', () => {
      given(assetDecider, [receivedOn('2024-04-02')])
        .when(allocateOn('2025-03-03'))
        .thenThrows('ASSET.INSPECTION_DUE', 'conflict');
      given(assetDecider, [receivedOn('2024-04-03')])
        .when(allocateOn('2025-03-03'))
        .then([allocatedOn('2025-03-03')]);
    });

    it('an overdue inspection refuses the allocation too', () => {
      given(assetDecider, [receivedOn('2023-01-10')])
        .when(allocateOn('2025-03-03'))
        .thenThrows('ASSET.INSPECTION_DUE', 'conflict');
    });

    it('a passed inspection makes the next one due the interval after it; a failed one does not', () => {
      given(assetDecider, [receivedOn('2024-03-20'), inspected('2025-03-01', true)])
        .when(allocateOn('2025-03-03'))
        .then([allocatedOn('2025-03-03')]);
      const failedThenRepaired: AssetEvent[] = [
        receivedOn('2024-03-20'),
        inspected('2025-03-01', false),
        { type: 'AidRepairReported', data: { assetId, repairId: 'r', reportedOn: '2025-03-01', description: 'sling' } },
        { type: 'AidRepaired', data: { assetId, repairId: 'r', reportedOn: '2025-03-01', completedOn: '2025-03-02' } },
      ];
      given(assetDecider, failedThenRepaired).when(allocateOn('2025-03-03')).thenThrows('ASSET.INSPECTION_DUE');
    });

    it('an inspection due across a year-end: inspected 2025-12-15, interval 12 months, due 2026-12-15', () => {
      const history = [receivedOn('2025-01-10'), inspected('2025-12-15', true)];
      given(assetDecider, history).when(allocateOn('2026-11-15')).thenThrows('ASSET.INSPECTION_DUE', 'conflict');
      given(assetDecider, history)
        .when(allocateOn('2026-11-14'))
        .then([allocatedOn('2026-11-14')]);
    });

    it('an inspection corrected to an earlier day makes the next one due earlier', () => {
      const corrected: AssetEvent = {
        type: 'BusinessDateCorrected',
        data: {
          assetId,
          revision: 1,
          eventType: 'AidInspected',
          field: 'inspectedOn',
          from: '2025-03-01',
          to: '2024-03-01',
          reason: 'typo',
        },
      };
      given(assetDecider, [receivedOn('2024-01-10'), inspected('2025-03-01', true), corrected])
        .when(allocateOn('2025-03-03'))
        .thenThrows('ASSET.INSPECTION_DUE');
    });

    it('an aid of an article without an inspection interval, or allocated by an import of past loans, is never due', () => {
      const old = [receivedOn('2015-01-10')];
      const walker: ArticleFacts = { articleNo: 'WC-100', kind: 'individual', inspectionIntervalMonths: null };
      given(assetDecider, old)
        .when(allocateOn('2025-03-03', walker))
        .then([allocatedOn('2025-03-03')]);
      given(assetDecider, old)
        .when(allocateOn('2025-03-03', null))
        .then([allocatedOn('2025-03-03')]);
    });

    it('a failed inspection takes the aid out of service: it cannot be allocated', () => {
      given(assetDecider, [registered, inspected('2025-03-02', false)])
        .when(allocateOn('2025-03-03'))
        .thenThrows('ASSET.OUT_OF_SERVICE', 'conflict');
    });

    it('an aid out of service cannot be delivered', () => {
      given(assetDecider, [...inTransit, inspected('2025-03-05', false)])
        .when(deliver())
        .thenThrows('ASSET.OUT_OF_SERVICE', 'conflict');
    });

    it('an aid out of service is back in service once it passes an inspection', () => {
      given(assetDecider, [registered, inspected('2025-03-02', false), inspected('2025-03-03', true)])
        .when(allocateOn('2025-03-03'))
        .then([allocatedOn('2025-03-03')]);
    });

    it('an aid out of service is back in service once a repair is completed', () => {
      const repaired: AssetEvent[] = [
        { type: 'AidRepairReported', data: { assetId, repairId: 'r', reportedOn: '2025-03-02', description: 'sling' } },
        { type: 'AidRepaired', data: { assetId, repairId: 'r', reportedOn: '2025-03-02', completedOn: '2025-03-03' } },
      ];
      given(assetDecider, [registered, inspected('2025-03-02', false), ...repaired])
        .when(allocateOn('2025-03-03'))
        .then([allocatedOn('2025-03-03')]);
    });

    it('an inspection sent again with the same day and result does nothing', () => {
      given(assetDecider, [registered, inspected('2025-03-12', true)])
        .when(inspectOn('2025-03-12', true))
        .then([]);
      given(assetDecider, [registered, inspected('2025-03-12', false)])
        .when(inspectOn('2025-03-12', false))
        .then([]);
    });

    it('an inspection sent again with the same day and another result is refused', () => {
      given(assetDecider, [registered, inspected('2025-03-12', false)])
        .when(inspectOn('2025-03-12', true))
        .thenThrows('ASSET.ALREADY_INSPECTED', 'conflict');
    });

    it('an aid failed, repaired and inspected again the same day records the new result', () => {
      const repaired: AssetEvent[] = [
        { type: 'AidRepairReported', data: { assetId, repairId: 'r', reportedOn: '2025-03-12', description: 'sling' } },
        { type: 'AidRepaired', data: { assetId, repairId: 'r', reportedOn: '2025-03-12', completedOn: '2025-03-12' } },
      ];
      given(assetDecider, [registered, inspected('2025-03-12', false), ...repaired])
        .when(inspectOn('2025-03-12', true))
        .then([inspected('2025-03-12', true)]);
    });

    it('a later inspection is recorded even with the same result', () => {
      given(assetDecider, [registered, inspected('2025-03-12', true)])
        .when(inspectOn('2025-03-13', true))
        .then([inspected('2025-03-13', true)]);
    });
  });

  describe('scrapping', () => {
    it('scraps an aid in the warehouse with a reason', () => {
      given(assetDecider, awaitingReconditioning)
        .when(scrap())
        .then([{ type: 'AidScrapped', data: { assetId, scrappedOn: '2025-03-12', reason: 'worn out' } }]);
    });

    it('an aid on loan cannot be scrapped', () => {
      given(assetDecider, onLoan).when(scrap()).thenThrows('ASSET.ON_LOAN');
    });

    it('an aid in transit cannot be scrapped', () => {
      given(assetDecider, inTransit).when(scrap()).thenThrows('ASSET.IN_TRANSIT');
    });

    it('an allocated aid is released before it is scrapped', () => {
      given(assetDecider, isAllocated).when(scrap()).thenThrows('ASSET.ALLOCATED');
    });

    it('scrapping needs a reason', () => {
      given(assetDecider, ready).when(scrap('  ')).thenThrows('ASSET.REASON_REQUIRED', 'invalid');
    });

    it('a scrapping day may not lie after today', () => {
      given(assetDecider, ready).when(scrap('worn out', '2025-03-21')).thenThrows('DATE.IN_FUTURE', 'invalid');
    });
  });

  describe('business dates', () => {
    it('each event names the day people say it happened', () => {
      const reported: AssetEvent = {
        type: 'AidRepairReported',
        data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-11', description: 'squeaky wheel' },
      };
      const repaired: AssetEvent = {
        type: 'AidRepaired',
        data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-11', completedOn: '2025-03-13' },
      };
      const days = [...awaitingReconditioning, reported, repaired, scrapped].map(businessDateOf);
      expect(days).toEqual([
        '2025-03-01',
        '2025-03-03',
        '2025-03-05',
        '2025-03-05',
        '2025-03-10',
        '2025-03-11',
        '2025-03-13',
        '2025-03-02',
      ]);
    });
  });

  describe('assetView', () => {
    it('is null before registration', () => {
      expect(assetView(assetDecider.initialState())).toBeNull();
    });

    it('shows what GET /api/assets/:id needs for each status', () => {
      const view = (events: AssetEvent[]) => assetView(given(assetDecider, events).state);
      expect(view(ready)).toEqual({
        assetId,
        articleNo: 'WC-100',
        serialNumber: 'SN-1',
        unitNumber,
        status: 'ready',
        location: 'VAS',
        openRepairs: [],
        lastInspection: null,
      });
      expect(view(isAllocated)).toMatchObject({ status: 'allocated', orderId: 'o-1', personId: 'p-1' });
      expect(view(inTransit)).toMatchObject({ status: 'inTransit', orderId: 'o-1', routeId: 'r-7' });
      expect(view(onLoan)).toMatchObject({ status: 'onLoan', personId: 'p-1', orderId: 'o-1' });
      expect(view(awaitingReconditioning)).not.toHaveProperty('personId');
      expect(view(awaitingReconditioning)?.status).toBe('awaitingReconditioning');
      expect(view(isScrapped)?.status).toBe('scrapped');
    });
  });

  // Corrections: repeats with other facts, corrected business dates, reversed deliveries.

  describe('a repeat with other facts is refused, naming the correction', () => {
    it('delivering an aid on loan again for the same order on another day names the deliveredOn correction', () => {
      const error = given(assetDecider, onLoan)
        .when(deliver({ deliveredOn: '2025-03-06' }))
        .thenThrows('ASSET.ALREADY_DELIVERED', 'conflict');
      expect(error.details).toEqual({ day: '2025-03-05', revision: 3, correction: 'deliveredOn' });
      expect(error.message).toContain(`POST /api/assets/${assetId}/corrections with revision 3 and field deliveredOn`);
    });

    it('delivering again on the corrected day does nothing', () => {
      given(assetDecider, [...onLoan, correctedDelivery('2025-03-06')])
        .when(deliver({ deliveredOn: '2025-03-06' }))
        .then([]);
    });

    it('returning again on the same day does nothing', () => {
      given(assetDecider, awaitingReconditioning).when(returnAid('2025-03-10')).then([]);
    });

    it('returning again on another day names the returnedOn correction', () => {
      const error = given(assetDecider, awaitingReconditioning)
        .when(returnAid('2025-03-11'))
        .thenThrows('ASSET.ALREADY_RETURNED', 'conflict');
      expect(error.details).toEqual({ day: '2025-03-10', revision: 4, correction: 'returnedOn' });
    });

    it('dispatching again with another day is refused', () => {
      given(assetDecider, inTransit)
        .when({
          type: 'DispatchAid',
          data: { assetId, orderId: 'o-1', routeId: 'r-7', dispatchedOn: '2025-03-06', today },
        })
        .thenThrows('ASSET.ALREADY_DISPATCHED', 'conflict');
    });

    it('dispatching again without a day does nothing', () => {
      given(assetDecider, inTransit)
        .when({ type: 'DispatchAid', data: { assetId, orderId: 'o-1', routeId: 'r-7', today } })
        .then([]);
    });

    it('allocating again to the same order with another day is refused', () => {
      given(assetDecider, isAllocated)
        .when({ ...allocate(), data: { ...allocate().data, allocatedOn: '2025-03-04' } } as AssetCommand)
        .thenThrows('ASSET.ALREADY_ALLOCATED', 'conflict');
    });
  });

  describe('correcting a business date', () => {
    const correct = (revision: number, field: string, value: string, reason = 'typed the wrong day'): AssetCommand => ({
      type: 'CorrectBusinessDate',
      data: { assetId, revision, field, value, reason, today },
    });
    const reported: AssetEvent = {
      type: 'AidRepairReported',
      data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', description: 'squeaky wheel' },
    };
    const repaired: AssetEvent = {
      type: 'AidRepaired',
      data: { assetId, repairId: 'rep-1', reportedOn: '2025-03-12', completedOn: '2025-03-14' },
    };
    const inspected: AssetEvent = { type: 'AidInspected', data: { assetId, inspectedOn: '2025-03-06', passed: true } };

    it('corrects the delivery day of the delivery at that revision', () => {
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-03-06'))
        .then([correctedDelivery('2025-03-06')]);
    });

    it.each<[string, AssetEvent[], number, string, string, string]>([
      ['returnedOn', awaitingReconditioning, 4, 'AidReturned', '2025-03-10', '2025-03-11'],
      ['reportedOn', [...onLoan, reported], 4, 'AidRepairReported', '2025-03-12', '2025-03-11'],
      ['completedOn', [...onLoan, reported, repaired], 5, 'AidRepaired', '2025-03-14', '2025-03-17'],
      ['inspectedOn', [...onLoan, inspected], 4, 'AidInspected', '2025-03-06', '2025-03-07'],
    ])('corrects %s', (field, events, revision, eventType, from, to) => {
      const repairId = eventType.startsWith('AidRepair') ? { repairId: 'rep-1' } : {};
      given(assetDecider, events)
        .when(correct(revision, field, to))
        .then([
          {
            type: 'BusinessDateCorrected',
            data: { assetId, revision, eventType, field, from, to, reason: 'typed the wrong day', ...repairId },
          } as AssetEvent,
        ]);
    });

    it('the revision must name an event with that field', () => {
      given(assetDecider, onLoan)
        .when(correct(2, 'deliveredOn', '2025-03-06'))
        .thenThrows('ASSET.NO_SUCH_DATE', 'conflict');
      given(assetDecider, onLoan)
        .when(correct(3, 'returnedOn', '2025-03-06'))
        .thenThrows('ASSET.NO_SUCH_DATE');
      given(assetDecider, onLoan)
        .when(correct(4, 'deliveredOn', '2025-03-06'))
        .thenThrows('ASSET.NO_SUCH_DATE');
      given(assetDecider, onLoan)
        .when(correct(-1, 'deliveredOn', '2025-03-06'))
        .thenThrows('ASSET.NO_SUCH_DATE');
    });

    it('the value must be a real day, not after today', () => {
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-02-30'))
        .thenThrows('DATE.INVALID', 'invalid');
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-03-21'))
        .thenThrows('DATE.IN_FUTURE', 'invalid');
    });

    it('needs a reason', () => {
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-03-06', ' '))
        .thenThrows('ASSET.REASON_REQUIRED', 'invalid');
    });

    it('the corrected day may not lie before the business date of the event before it', () => {
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-03-04'))
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS', 'conflict');
    });

    it('the corrected day may not lie after the business date of the event after it', () => {
      given(assetDecider, awaitingReconditioning)
        .when(correct(3, 'deliveredOn', '2025-03-11'))
        .thenThrows('ASSET.DATE_AFTER_NEXT', 'conflict');
      given(assetDecider, awaitingReconditioning)
        .when(correct(3, 'deliveredOn', '2025-03-10'))
        .then([{ ...correctedDelivery('2025-03-10') }]);
    });

    it('does nothing when the day is corrected to the day it already says', () => {
      given(assetDecider, onLoan)
        .when(correct(3, 'deliveredOn', '2025-03-05'))
        .then([]);
    });

    it('a corrected date is corrected from its latest value', () => {
      given(assetDecider, [...onLoan, correctedDelivery('2025-03-06')])
        .when(correct(3, 'deliveredOn', '2025-03-07'))
        .then([
          {
            type: 'BusinessDateCorrected',
            data: { ...correctedDelivery('2025-03-07').data, from: '2025-03-06' },
          } as AssetEvent,
        ]);
      given(assetDecider, [...onLoan, correctedDelivery('2025-03-06')])
        .when(correct(3, 'deliveredOn', '2025-03-06'))
        .then([]);
    });

    it('later events are checked against the corrected day', () => {
      given(assetDecider, [...onLoan, correctedDelivery('2025-03-08')])
        .when(returnAid('2025-03-07'))
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS');
    });

    it('the aid shows the corrected days', () => {
      const state = given(assetDecider, [...onLoan, reported, correctedDelivery('2025-03-06')]).state;
      expect(state).toMatchObject({ status: 'onLoan', since: '2025-03-06' });
      const repairCorrected: AssetEvent = {
        type: 'BusinessDateCorrected',
        data: {
          assetId,
          revision: 4,
          eventType: 'AidRepairReported',
          field: 'reportedOn',
          from: '2025-03-12',
          to: '2025-03-11',
          reason: 'r',
          repairId: 'rep-1',
        },
      };
      expect(assetView(given(assetDecider, [...onLoan, reported, repairCorrected]).state)?.openRepairs).toEqual([
        { repairId: 'rep-1', reportedOn: '2025-03-11', description: 'squeaky wheel' },
      ]);
    });

    it('corrects a date of a scrapped aid: its history still counts', () => {
      given(assetDecider, [
        ...awaitingReconditioning,
        { ...scrapped, data: { ...scrapped.data, scrappedOn: '2025-03-12' } },
      ])
        .when(correct(4, 'returnedOn', '2025-03-11'))
        .then([
          {
            type: 'BusinessDateCorrected',
            data: {
              assetId,
              revision: 4,
              eventType: 'AidReturned',
              field: 'returnedOn',
              from: '2025-03-10',
              to: '2025-03-11',
              reason: 'typed the wrong day',
            },
          },
        ]);
    });
  });

  describe('reversing a delivery on the wrong aid', () => {
    const reverse = (orderId = 'o-1', reason = 'registered on the wrong aid'): AssetCommand => ({
      type: 'ReverseDelivery',
      data: { assetId, orderId, reason, today },
    });
    const reversed: AssetEvent = {
      type: 'AidDeliveryReversed',
      data: {
        assetId,
        orderId: 'o-1',
        personId: 'p-1',
        articleNo: 'WC-100',
        revision: 3,
        deliveredOn: '2025-03-05',
        location: 'VAS',
        reason: 'registered on the wrong aid',
      },
    };

    it('reverses the current delivery: the aid is ready again where it left from', () => {
      given(assetDecider, onLoan).when(reverse()).then([reversed]);
      expect(assetView(given(assetDecider, [...onLoan, reversed]).state)).toMatchObject({
        status: 'ready',
        location: 'VAS',
      });
      expect(assetView(given(assetDecider, [...onLoan, reversed]).state)).not.toHaveProperty('personId');
    });

    it('carries the corrected delivery day', () => {
      given(assetDecider, [...onLoan, correctedDelivery('2025-03-06')])
        .when(reverse())
        .then([{ ...reversed, data: { ...reversed.data, deliveredOn: '2025-03-06' } } as AssetEvent]);
    });

    it('does nothing when the same delivery is reversed again', () => {
      given(assetDecider, [...onLoan, reversed])
        .when(reverse())
        .then([]);
    });

    it('a reversed aid can be allocated to another order', () => {
      const command = allocate('o-2');
      given(assetDecider, [...onLoan, reversed])
        .when({ ...command, data: { ...command.data, allocatedOn: '2025-03-06' } } as AssetCommand)
        .then([
          { type: 'AssetAllocated', data: { assetId, orderId: 'o-2', personId: 'p-1', allocatedOn: '2025-03-06' } },
        ]);
    });

    it('a reversed delivery can no longer be corrected', () => {
      given(assetDecider, [...onLoan, reversed])
        .when({
          type: 'CorrectBusinessDate',
          data: { assetId, revision: 3, field: 'deliveredOn', value: '2025-03-06', reason: 'r', today },
        })
        .thenThrows('ASSET.NO_SUCH_DATE');
    });

    it('only an aid on loan can have its delivery reversed', () => {
      given(assetDecider, inTransit).when(reverse()).thenThrows('ASSET.NOT_ON_LOAN', 'conflict');
      given(assetDecider, awaitingReconditioning).when(reverse()).thenThrows('ASSET.NOT_ON_LOAN');
      given(assetDecider, isScrapped).when(reverse()).thenThrows('ASSET.SCRAPPED');
    });

    it('only the delivery for that order', () => {
      given(assetDecider, onLoan).when(reverse('o-2')).thenThrows('ASSET.ALLOCATED_TO_ANOTHER_ORDER', 'conflict');
    });

    it('only a delivery with nothing recorded after it', () => {
      const inspected: AssetEvent = {
        type: 'AidInspected',
        data: { assetId, inspectedOn: '2025-03-06', passed: true },
      };
      const error = given(assetDecider, [...onLoan, inspected])
        .when(reverse())
        .thenThrows('ASSET.DELIVERY_NOT_LATEST', 'conflict');
      expect(error.details).toEqual({ status: 'onLoan', revision: 4 });
    });

    it('a correction of the delivery does not stand in the way', () => {
      expect(
        assetDecider.decide(reverse(), given(assetDecider, [...onLoan, correctedDelivery('2025-03-06')]).state),
      ).toHaveLength(1);
    });

    it('needs a reason', () => {
      given(assetDecider, onLoan).when(reverse('o-1', '')).thenThrows('ASSET.REASON_REQUIRED', 'invalid');
    });
  });
});

function correctedDelivery(to: string): AssetEvent {
  return {
    type: 'BusinessDateCorrected',
    data: {
      assetId,
      revision: 3,
      eventType: 'AidDelivered',
      field: 'deliveredOn',
      from: '2025-03-05',
      to,
      reason: 'typed the wrong day',
    },
  };
}

describe('asset decider: pickup orders (hämtorder)', () => {
  const requestPickup = (
    overrides: Partial<Extract<AssetCommand, { type: 'RequestPickup' }>['data']> = {},
  ): AssetCommand => ({
    type: 'RequestPickup',
    data: {
      assetId,
      requestedOn: '2025-03-12',
      plannedPickupDate: '2025-03-24',
      reason: 'no longer needed',
      today,
      ...overrides,
    },
  });
  const reschedulePickup = (plannedPickupDate: string, rescheduledOn?: string): AssetCommand => ({
    type: 'ReschedulePickup',
    data: { assetId, plannedPickupDate, today, ...(rescheduledOn ? { rescheduledOn } : {}) },
  });
  const cancelPickup = (reason = 'keeps it after all'): AssetCommand => ({
    type: 'CancelPickup',
    data: { assetId, reason, cancelledOn: '2025-03-14', today },
  });
  const requested: AssetEvent = {
    type: 'PickupRequested',
    data: {
      assetId,
      personId: 'p-1',
      orderId: 'o-1',
      articleNo: 'WC-100',
      requestedOn: '2025-03-12',
      plannedPickupDate: '2025-03-24',
      reason: 'no longer needed',
    },
  };
  const rescheduled: AssetEvent = {
    type: 'PickupRescheduled',
    data: { assetId, requestedOn: '2025-03-12', plannedPickupDate: '2025-03-26', rescheduledOn: '2025-03-13' },
  };
  const cancelled: AssetEvent = {
    type: 'PickupCancelled',
    data: { assetId, requestedOn: '2025-03-12', reason: 'keeps it after all', cancelledOn: '2025-03-14' },
  };
  const pickupRequested = [...onLoan, requested];
  const pickedUp: AssetEvent = {
    type: 'AidReturned',
    data: { assetId, personId: 'p-1', orderId: 'o-1', returnedOn: '2025-03-18', reason: 'pickup' },
  };
  const view = (events: AssetEvent[]) => assetView(given(assetDecider, events).state);

  describe('request', () => {
    it("requests a pickup of an aid on loan, naming the loan's person, order and article", () => {
      given(assetDecider, onLoan).when(requestPickup()).then([requested]);
    });

    it('the aid shows the open request', () => {
      expect(view(pickupRequested)?.pickup).toEqual({
        requestedOn: '2025-03-12',
        plannedPickupDate: '2025-03-24',
        reason: 'no longer needed',
      });
      expect(view(onLoan)).not.toHaveProperty('pickup');
    });

    it('only an aid on loan can be picked up; the refusal names the state', () => {
      given(assetDecider, ready).when(requestPickup()).thenThrows('ASSET.NOT_ON_LOAN', 'conflict');
      given(assetDecider, inTransit).when(requestPickup()).thenThrows('ASSET.NOT_ON_LOAN', 'conflict');
      const error = given(assetDecider, awaitingReconditioning)
        .when(requestPickup())
        .thenThrows('ASSET.NOT_ON_LOAN', 'conflict');
      expect(error.message).toContain('awaiting reconditioning');
      given(assetDecider, isScrapped).when(requestPickup()).thenThrows('ASSET.SCRAPPED', 'conflict');
    });

    it('refuses an aid that was never registered', () => {
      given(assetDecider).when(requestPickup()).thenThrows('ASSET.NOT_FOUND', 'not_found');
    });

    it('does nothing when the same request is sent again', () => {
      given(assetDecider, pickupRequested).when(requestPickup()).then([]);
    });

    it('one open request at a time: another request while one is open is refused, naming it', () => {
      const error = given(assetDecider, pickupRequested)
        .when(requestPickup({ plannedPickupDate: '2025-03-25' }))
        .thenThrows('PICKUP.ALREADY_REQUESTED', 'conflict');
      expect(error.message).toContain('2025-03-24');
      given(assetDecider, pickupRequested)
        .when(requestPickup({ reason: 'moved abroad' }))
        .thenThrows('PICKUP.ALREADY_REQUESTED', 'conflict');
    });

    it('the request day may not lie after today', () => {
      given(assetDecider, onLoan)
        .when(requestPickup({ requestedOn: '2025-03-21' }))
        .thenThrows('DATE.IN_FUTURE');
    });

    it('the planned pickup day may lie after today', () => {
      expect(
        assetDecider.decide(requestPickup({ plannedPickupDate: '2025-04-30' }), given(assetDecider, onLoan).state),
      ).toHaveLength(1);
    });

    it('the planned pickup day may not lie before the request', () => {
      given(assetDecider, onLoan)
        .when(requestPickup({ plannedPickupDate: '2025-03-11' }))
        .thenThrows('PICKUP.PLANNED_BEFORE_REQUEST', 'invalid');
    });

    it('a pickup on the day of the request is allowed', () => {
      expect(
        assetDecider.decide(requestPickup({ plannedPickupDate: '2025-03-12' }), given(assetDecider, onLoan).state),
      ).toHaveLength(1);
    });

    it('a request before the delivery is refused', () => {
      given(assetDecider, onLoan)
        .when(requestPickup({ requestedOn: '2025-03-04' }))
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS', 'conflict');
    });

    it('a request needs a reason and real days', () => {
      given(assetDecider, onLoan)
        .when(requestPickup({ reason: ' ' }))
        .thenThrows('ASSET.REASON_REQUIRED', 'invalid');
      given(assetDecider, onLoan)
        .when(requestPickup({ plannedPickupDate: '2025-02-30' }))
        .thenThrows('DATE.INVALID', 'invalid');
    });
  });

  describe('reschedule', () => {
    it('moves the planned pickup day of the open request', () => {
      given(assetDecider, pickupRequested).when(reschedulePickup('2025-03-26', '2025-03-13')).then([rescheduled]);
      expect(view([...pickupRequested, rescheduled])?.pickup?.plannedPickupDate).toBe('2025-03-26');
    });

    it('the day it was agreed defaults to today', () => {
      given(assetDecider, pickupRequested)
        .when(reschedulePickup('2025-03-26'))
        .then([{ ...rescheduled, data: { ...rescheduled.data, rescheduledOn: today } } as AssetEvent]);
    });

    it('does nothing when the day is the one already planned', () => {
      given(assetDecider, pickupRequested).when(reschedulePickup('2025-03-24')).then([]);
    });

    it('the new day may not lie before the request', () => {
      given(assetDecider, pickupRequested)
        .when(reschedulePickup('2025-03-11'))
        .thenThrows('PICKUP.PLANNED_BEFORE_REQUEST', 'invalid');
    });

    it('reschedules only an open request', () => {
      given(assetDecider, onLoan).when(reschedulePickup('2025-03-26')).thenThrows('PICKUP.NOT_REQUESTED', 'conflict');
      given(assetDecider, [...pickupRequested, pickedUp])
        .when(reschedulePickup('2025-03-26'))
        .thenThrows('ASSET.NOT_ON_LOAN', 'conflict');
    });
  });

  describe('cancel', () => {
    it('cancels the open request; the aid stays on loan without one', () => {
      given(assetDecider, pickupRequested).when(cancelPickup()).then([cancelled]);
      expect(view([...pickupRequested, cancelled])).toMatchObject({ status: 'onLoan' });
      expect(view([...pickupRequested, cancelled])).not.toHaveProperty('pickup');
    });

    it('a cancelled request leaves room for a new one', () => {
      const again = requestPickup({ requestedOn: '2025-03-15', plannedPickupDate: '2025-03-28' });
      expect(assetDecider.decide(again, given(assetDecider, [...pickupRequested, cancelled]).state)).toHaveLength(1);
    });

    it('cancels only an open request', () => {
      given(assetDecider, onLoan).when(cancelPickup()).thenThrows('PICKUP.NOT_REQUESTED', 'conflict');
      given(assetDecider, [...pickupRequested, cancelled])
        .when(cancelPickup())
        .thenThrows('PICKUP.NOT_REQUESTED');
    });

    it('a cancellation needs a reason', () => {
      given(assetDecider, pickupRequested).when(cancelPickup(' ')).thenThrows('ASSET.REASON_REQUIRED', 'invalid');
    });
  });

  describe('the pickup is the return', () => {
    it('an aid with an open request is returned as any aid on loan, before its planned day too', () => {
      given(assetDecider, pickupRequested)
        .when({ type: 'ReturnAid', data: { assetId, returnedOn: '2025-03-18', reason: 'pickup', today } })
        .then([pickedUp]);
    });

    it('the return closes the request: the aid awaits reconditioning with none open', () => {
      expect(view([...pickupRequested, pickedUp])).toMatchObject({ status: 'awaitingReconditioning' });
      expect(view([...pickupRequested, pickedUp])).not.toHaveProperty('pickup');
    });

    it('a pickup before its request is refused', () => {
      given(assetDecider, pickupRequested)
        .when({ type: 'ReturnAid', data: { assetId, returnedOn: '2025-03-11', reason: 'pickup', today } })
        .thenThrows('ASSET.DATE_BEFORE_PREVIOUS');
    });

    it('a new loan starts without a request', () => {
      const reconditioned: AssetEvent = {
        type: 'AidReconditioned',
        data: { assetId, reconditionedOn: '2025-03-19', location: 'VAS' },
      };
      const loanAgain = [...pickupRequested, pickedUp, reconditioned, allocated, dispatched, delivered];
      expect(view(loanAgain)).toMatchObject({ status: 'onLoan' });
      expect(view(loanAgain)).not.toHaveProperty('pickup');
    });

    it('each pickup event names the day people say it happened', () => {
      expect([requested, rescheduled, cancelled].map(businessDateOf)).toEqual([
        '2025-03-12',
        '2025-03-13',
        '2025-03-14',
      ]);
    });
  });
});
