import type { AssetStatus, HistoryEvent } from '../api/api-client.js';

/** A word of the domain in every language of the screens, side by side. */
export type Term = { sv: string; en: string };
export type Language = keyof Term;

/**
 * What the screens call each event of an aid's life. The keys are the API's event types, so a new event
 * type fails the type check until it is named here, in this one file.
 */
export const EVENT_TERMS = {
  AssetRegistered: { sv: 'Mottaget i lager', en: 'Received into stock' },
  AssetAllocated: { sv: 'Reserverat till order', en: 'Allocated to order' },
  AssetAllocationReleased: { sv: 'Reservation hävd', en: 'Allocation released' },
  AidDispatched: { sv: 'Lastat på tur', en: 'Loaded on route' },
  AidDelivered: { sv: 'Levererat', en: 'Delivered' },
  AidDeliveryFailed: { sv: 'Leverans misslyckades', en: 'Delivery failed' },
  AidReturned: { sv: 'Hämtat (retur)', en: 'Picked up (returned)' },
  AidReconditioned: { sv: 'Rekonditionerat', en: 'Reconditioned' },
  AidRepairReported: { sv: 'Felanmält', en: 'Repair reported' },
  AidRepaired: { sv: 'Reparerat', en: 'Repaired' },
  AidInspected: { sv: 'Besiktigat', en: 'Inspected' },
  AidScrapped: { sv: 'Utrangerat', en: 'Scrapped' },
  UnitNumberAssigned: { sv: 'Fick enhetsnummer', en: 'Unit number assigned' },
  BusinessDateCorrected: { sv: 'Datum rättat', en: 'Date corrected' },
  AidDeliveryReversed: { sv: 'Leverans återkallad', en: 'Delivery reversed' },
  PickupRequested: { sv: 'Hämtorder lagd', en: 'Pickup requested' },
  PickupRescheduled: { sv: 'Hämtning ombokad', en: 'Pickup rescheduled' },
  PickupCancelled: { sv: 'Hämtorder avbeställd', en: 'Pickup cancelled' },
} satisfies Record<HistoryEvent['type'], Term>;

/** What the screens call each status of an aid. */
export const STATUS_TERMS = {
  ready: { sv: 'Klar i lager', en: 'Ready in stock' },
  allocated: { sv: 'Reserverad', en: 'Allocated' },
  inTransit: { sv: 'Under transport', en: 'In transit' },
  onLoan: { sv: 'Utlånad', en: 'On loan' },
  awaitingReconditioning: { sv: 'Väntar på rekonditionering', en: 'Awaiting reconditioning' },
  scrapped: { sv: 'Utrangerad', en: 'Scrapped' },
} satisfies Record<AssetStatus, Term>;

/** One language's words of a vocabulary, for the messages of that language. */
export const termsIn = <Key extends string>(terms: Record<Key, Term>, language: Language): Record<Key, string> =>
  Object.fromEntries(Object.entries<Term>(terms).map(([key, term]) => [key, term[language]])) as Record<Key, string>;
