import { addSwedishWorkingDays } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';

/**
 * The billing tests' independent recomputation: written from DESIGN.md, "Money: payers and rent", without
 * rent.ts or the billing projection (only the Swedish working-day calendar of the domain is shared).
 */

const dayMs = 86_400_000;
const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * The plain loop: per aid's history, each loan's started periods (a period starting on or after the loan's end
 * is not charged, except the first; none that starts after today) × the monthly rent, to the payer responsible on
 * the period's first day; sales and consumables once to the order's payer. Nothing that started in a month before
 * the first month ever closed (the books begin with it).
 */
export const recomputeBilling = (
  events: readonly RecordedEvent[],
  today: string,
  rentStopWorkingDays: number,
): Map<string, number> => {
  const totals = new Map<string, number>();
  // The books begin with the first month ever closed: what started before it was invoiced before them.
  const firstClosed = events.find((e) => e.type === 'BillingMonthClosed');
  const booksFrom = firstClosed ? String(firstClosed.data.month) : null;
  const add = (payerId: string, amount: number, day: string) => {
    if (booksFrom === null || day.slice(0, 7) >= booksFrom) totals.set(payerId, (totals.get(payerId) ?? 0) + amount);
  };
  const articles = new Map<string, { rentable: boolean; rent: number; price: number; region: boolean }>();
  const orders = new Map<string, { payerId: string }>();
  const payers = new Map<string, string>();
  const moves = new Map<string, { movedOn: string; to: string; position: number }[]>();
  type Held = {
    articleNo: string;
    orderId: string;
    personId: string;
    deliveredOn: string;
    returnedOn: string | null;
    returnedRevision: number | null;
    requestedOn: string | null;
    reversed: boolean;
  };
  const loans = new Map<string, Map<number, Held>>();
  for (const e of events) {
    const d = e.data as Record<string, never>;
    if (e.type === 'ArticleRegistered')
      articles.set(d.articleNo, {
        rentable: d.rentable,
        rent: d.monthlyRentSek ?? 0,
        price: d.purchasePriceSek,
        region: d.costResponsibility === 'region',
      });
    if (e.type === 'PayerRegistered' && d.municipality !== null && !payers.has(d.municipality))
      payers.set(d.municipality, d.payerId);
    if (e.type === 'OrderPlaced') orders.set(d.orderId, { payerId: d.payerId });
    if (e.type === 'PersonMoved')
      moves.set(d.personId, [
        ...(moves.get(d.personId) ?? []),
        { movedOn: d.movedOn, to: d.toMunicipality, position: Number(e.position) },
      ]);
    if (e.type === 'ConsumablesDelivered')
      add(orders.get(d.orderId)!.payerId, (d.quantity as number) * articles.get(d.articleNo)!.price, d.deliveredOn);
    if (e.streamId.startsWith('asset-')) {
      const ofAid = loans.get(e.streamId) ?? new Map<number, Held>();
      loans.set(e.streamId, ofAid);
      const open = [...ofAid.values()].find((held) => !held.reversed && held.returnedOn === null);
      if (e.type === 'AidDelivered')
        ofAid.set(Number(e.revision), {
          articleNo: d.articleNo,
          orderId: d.orderId,
          personId: d.personId,
          deliveredOn: d.deliveredOn,
          returnedOn: null,
          returnedRevision: null,
          requestedOn: null,
          reversed: false,
        });
      if (e.type === 'AidReturned' && open)
        [open.returnedOn, open.returnedRevision] = [d.returnedOn, Number(e.revision)];
      if (e.type === 'PickupRequested' && open) open.requestedOn = d.requestedOn;
      if (e.type === 'PickupCancelled' && open) open.requestedOn = null;
      if (e.type === 'AidDeliveryReversed') ofAid.get(d.revision)!.reversed = true;
      if (e.type === 'BusinessDateCorrected' && d.field === 'deliveredOn') ofAid.get(d.revision)!.deliveredOn = d.to;
      if (e.type === 'BusinessDateCorrected' && d.field === 'returnedOn')
        [...ofAid.values()].find((held) => held.returnedRevision === d.revision)!.returnedOn = d.to;
    }
  }
  for (const ofAid of loans.values())
    for (const held of ofAid.values()) {
      if (held.reversed) continue;
      const article = articles.get(held.articleNo)!;
      const orderPayer = orders.get(held.orderId)!.payerId;
      if (!article.rentable) {
        add(orderPayer, article.price, held.deliveredOn);
        continue;
      }
      const stop = held.requestedOn === null ? null : addSwedishWorkingDays(held.requestedOn, rentStopWorkingDays);
      const end = [held.returnedOn, stop].filter((day): day is string => day !== null).sort()[0] ?? null;
      for (let n = 0; ; n++) {
        const start = plusDays(held.deliveredOn, 30 * n);
        if (start > today || (n > 0 && end !== null && start >= end)) break;
        let payer = orderPayer;
        if (!article.region) {
          // The last move (by day, then by when it was registered) on or before the period's first day and not
          // before the delivery, to a municipality that has a payer by now.
          const candidates = (moves.get(held.personId) ?? [])
            .filter((move) => move.movedOn >= held.deliveredOn && move.movedOn <= start && payers.has(move.to))
            .sort((a, b) => (a.movedOn === b.movedOn ? a.position - b.position : a.movedOn < b.movedOn ? -1 : 1));
          if (candidates.length > 0) payer = payers.get(candidates.at(-1)!.to)!;
        }
        add(payer, article.rent, start);
      }
    }
  return totals;
};
