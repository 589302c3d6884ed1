import { randomUUID } from 'node:crypto';
import { accessLogStream } from '@aidledger/domain';
import type { EventStore, EventToAppend } from '@aidledger/event-store';
import { testMetadata, type EventOf, type ProjectedEventType } from './events.js';

const event = <T extends ProjectedEventType>(type: T, data: EventOf<T>['data']): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: testMetadata('history', '2025-01-01T08:00:00.000Z'),
});

const day = (offset: number): string => new Date(Date.UTC(2025, 0, 2 + offset)).toISOString().slice(0, 10);

/**
 * A varied lifecycle history for runtime tests: each aid is registered, most are delivered (on the planned
 * day, early, late, after a failed attempt), some repaired, asked to be picked up, returned, reconditioned elsewhere
 * or scrapped.
 */
export const generateHistory = async (store: EventStore, assets: number, seed = 0): Promise<void> => {
  const appends: Promise<unknown>[] = [];
  if (seed === 0) {
    for (let a = 0; a < 7; a++) {
      const articleNo = `A-${a}`;
      const registered = event('ArticleRegistered', {
        articleNo,
        name: `Article ${a}`,
        isoCode: '12 22 03',
        kind: 'individual',
        rentable: true,
        monthlyRentSek: 250,
        purchasePriceSek: 8000,
        bulky: a % 2 === 0,
        inspectionIntervalMonths: null,
        expectedLifetimeYears: 8,
      });
      appends.push(store.appendToStream(`article-${articleNo}`, [registered], 'any'));
    }
    for (const municipality of ['Västerås', 'Sala']) {
      const payerId = `KUND-${municipality}`;
      const registered = event('PayerRegistered', { payerId, name: municipality, kind: 'municipality', municipality });
      appends.push(store.appendToStream(`payer-${payerId}`, [registered], 'any'));
    }
  }
  for (let n = seed; n < seed + assets; n++) {
    const assetId = `asset-${String(n).padStart(6, '0')}`;
    const articleNo = `A-${n % 7}`;
    const personId = `person-${n % 97}`;
    const orderId = `order-${n}`;
    const routeId = `route-${n % 5}`;
    const municipality = ['Västerås', 'Sala', 'Köping', 'Fagersta'][n % 4];
    const planned = day(n % 60);
    const events = [
      event('AssetRegistered', {
        assetId,
        articleNo,
        serialNumber: `SN${n}`,
        location: `WH${n % 3}`,
        receivedOn: day(0),
      }),
    ];
    if (n % 10 !== 9) {
      const orderEvents = [
        event('OrderPlaced', {
          orderId,
          personId,
          articleNo,
          prescriberId: 'FS-1',
          priority: ((n % 3) + 1) as 1 | 2 | 3,
          plannedDeliveryDate: n % 13 === 0 ? day((n % 60) - 1) : planned,
          municipality,
          payerId: `payer-${n % 4}`,
          placedOn: day(0),
        }),
      ];
      if (n % 13 === 0) {
        orderEvents.push(
          event('OrderRescheduled', {
            orderId,
            plannedDeliveryDate: planned,
            previousPlannedDeliveryDate: day((n % 60) - 1),
            reason: 'agreed with the recipient',
          }),
        );
      }
      appends.push(store.appendToStream(`order-${orderId}`, orderEvents, 'no_stream'));
      events.push(event('AssetAllocated', { assetId, orderId, personId, allocatedOn: day(0) }));
      events.push(event('AidDispatched', { assetId, orderId, routeId, dispatchedOn: planned }));
      const place = { assetId, orderId, plannedDeliveryDate: planned, municipality, routeId };
      if (n % 6 === 0) {
        events.push(
          event('AidDeliveryFailed', {
            ...place,
            reason: 'not home',
            failedOn: planned,
            rescheduledTo: day((n % 60) + 2),
          }),
        );
        events.push(event('AidDispatched', { assetId, orderId, routeId, dispatchedOn: day((n % 60) + 2) }));
      }
      const deliveredOn = n % 6 === 0 ? day((n % 60) + 2) : n % 11 === 0 ? day((n % 60) - 1) : planned;
      if (n % 8 !== 7) {
        events.push(event('AidDelivered', { ...place, personId, articleNo, deliveredOn }));
        events.push(
          event('AidRepairReported', {
            assetId,
            repairId: `repair-${n}`,
            reportedOn: day(70 + (n % 20)),
            description: 'wheel',
          }),
        );
        events.push(
          event('AidRepaired', {
            assetId,
            repairId: `repair-${n}`,
            reportedOn: day(70 + (n % 20)),
            completedOn: day(72 + (n % 20) + (n % 9)),
          }),
        );
        const pickup = { assetId, personId, orderId, articleNo, reason: 'no longer needed' };
        if (n % 9 === 0 || n % 9 === 4)
          events.push(event('PickupRequested', { ...pickup, requestedOn: day(95), plannedPickupDate: day(99) }));
        if (n % 9 === 4)
          events.push(
            event('PickupRescheduled', {
              assetId,
              requestedOn: day(95),
              plannedPickupDate: day(110),
              rescheduledOn: day(96),
            }),
          );
        if (n % 9 === 7) {
          events.push(event('PickupRequested', { ...pickup, requestedOn: day(95), plannedPickupDate: day(105) }));
          events.push(
            event('PickupCancelled', { assetId, requestedOn: day(95), reason: 'kept', cancelledOn: day(97) }),
          );
        }
        if (n % 3 === 0) {
          events.push(
            event('AidReturned', { assetId, personId, orderId, returnedOn: day(100), reason: 'no longer needed' }),
          );
          if (n % 2 === 0)
            events.push(event('AidReconditioned', { assetId, reconditionedOn: day(101), location: 'WH9' }));
          else events.push(event('AidScrapped', { assetId, scrappedOn: day(101), reason: 'worn out' }));
        }
      } else {
        events.push(
          event('AidDeliveryFailed', {
            ...place,
            reason: 'wrong address',
            failedOn: planned,
            rescheduledTo: day((n % 60) + 3),
          }),
        );
      }
    }
    if (n % 5 === 0) {
      events.push(
        event('ConsumablesReceived', { articleNo: 'INK-1', location: `WH${n % 3}`, quantity: 100, receivedOn: day(1) }),
      );
    }
    appends.push(store.appendToStream(`asset-${assetId}`, events, 'no_stream'));
    if (n % 4 === 0) {
      const at = `${day(n % 60)}T09:${String(n % 60).padStart(2, '0')}:00.000Z`;
      const read = event('PersonDataAccessed', {
        at,
        actor: `auditor-${n % 3}`,
        role: 'auditor',
        personId,
        action: 'person.aids.read',
        correlationId: `correlation-${n}`,
      });
      appends.push(store.appendToStream(accessLogStream(day(n % 60)), [read], 'any'));
    }
    if (n % 25 === 0) {
      const recallId = `recall-${seed}-${n}`;
      const recall = [
        event('RecallIssued', {
          recallId,
          title: `Recall ${n}`,
          articleNo: `A-${n % 7}`,
          lots: null,
          serialFrom: null,
          serialTo: null,
          action: 'inspect',
          issuedOn: day(n % 60),
          affected: [assetId],
        }),
        ...(n % 50 === 0 ? [event('RecallUnitDone', { recallId, assetId, doneOn: day(n % 60), outcome: 'OK' })] : []),
      ];
      appends.push(store.appendToStream(`recall-${recallId}`, recall, 'no_stream'));
    }
    if (n % 5 === 0) {
      // A fitting for every fifth aid: offered early or late, some completed, some cancelled.
      const fittingId = `fitting-${n}`;
      const requestedOn = day(n % 60);
      const fitting = [
        event('FittingRequested', { fittingId, personId, isoCode: '12 22 03', prescriberId: 'FS-1', requestedOn }),
        ...(n % 3 === 0
          ? []
          : [event('FittingOffered', { fittingId, offeredOn: day((n % 60) + (n % 30)), appointmentOn: day(70) })]),
        ...(n % 3 === 1 ? [event('FittingCompleted', { fittingId, completedOn: day(70) })] : []),
        ...(n % 7 === 0 ? [event('FittingCancelled', { fittingId, cancelledOn: day(71), reason: null })] : []),
      ];
      appends.push(store.appendToStream(`fitting-${fittingId}`, fitting, 'no_stream'));
    }
    if (appends.length >= 200) await Promise.all(appends.splice(0));
  }
  await Promise.all(appends);
};
