import { addDays, type ContactDetails } from '@aidledger/domain';
import {
  findHomeInspectionsDue,
  findPickupsDue,
  findRoute,
  type HomeInspectionItem,
  type PickupItem,
  type ReadModelDb,
  type RouteItem,
} from '@aidledger/projections';
import type { Principal } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import type { PersonDirectory } from '../persons/person-directory.js';
import { TRANSPORT_DAYS_AROUND } from '../persons/person.reads.js';

/**
 * Whom a delivery goes to, as the route list shows it. A person with protected identity (skyddad identitet) is
 * never named on a list: the driver of the delivery opens the person to see where to go.
 */
export type Recipient = {
  name: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  deliveryNotes: string | null;
  protectedIdentity: boolean;
  erased: boolean;
};

export type RouteStop = RouteItem & { recipient: Recipient | null };
/** An aid to fetch from its holder (hämtorder); picking it up is recording its return. */
export type PickupStop = PickupItem & { recipient: Recipient | null };
/** An aid on loan whose inspection is due: inspected at its holder's home. */
export type InspectionStop = HomeInspectionItem & { recipient: Recipient | null };

const UNKNOWN: Recipient = {
  name: null,
  street: null,
  postalCode: null,
  city: null,
  phone: null,
  deliveryNotes: null,
  protectedIdentity: false,
  erased: false,
};

const recipientOf = (status: 'registered' | 'erased' | 'initial', contact: ContactDetails | null): Recipient => {
  if (status === 'erased') return { ...UNKNOWN, erased: true };
  if (!contact) return UNKNOWN;
  if (contact.protectedIdentity) return { ...UNKNOWN, protectedIdentity: true };
  const { name, address, phone, deliveryNotes } = contact;
  return { ...UNKNOWN, name, ...address, phone, deliveryNotes };
};

/** A driver follows the stops by postal code and street; stops without an address to show come last. */
const byAddress = (a: RouteStop, b: RouteStop): number =>
  (a.routeId ?? '').localeCompare(b.routeId ?? '') || byStreet(a, b) || a.orderId.localeCompare(b.orderId);

const byStreet = (a: { recipient: Recipient | null }, b: { recipient: Recipient | null }): number =>
  (a.recipient?.postalCode ?? '~').localeCompare(b.recipient?.postalCode ?? '~') ||
  (a.recipient?.street ?? '~').localeCompare(b.recipient?.street ?? '~', 'sv');

/**
 * The day's route with the recipients' names, addresses, phones and notes, decrypted for the reader. Transport
 * staff see recipients only on the routes of today ± 7 days.
 */
export const readRoute = async (
  db: ReadModelDb,
  persons: PersonDirectory,
  principal: Principal,
  day: string,
): Promise<{ day: string; items: RouteStop[]; pickups: PickupStop[]; inspections: InspectionStop[] }> => {
  const route = await findRoute(db, day);
  const pickups = await findPickupsDue(db, day);
  const inspections = await findHomeInspectionsDue(db, day);
  const today = todayInStockholm();
  const mayName =
    principal.role !== 'transport' ||
    (day >= addDays(today, -TRANSPORT_DAYS_AROUND) && day <= addDays(today, TRANSPORT_DAYS_AROUND));
  const recipients = new Map<string, Recipient>();
  if (mayName)
    for (const personId of new Set([...route.items, ...pickups, ...inspections].map((item) => item.personId))) {
      const person = await persons.person(personId);
      const contact = person.status === 'registered' ? person.contact : null;
      recipients.set(personId, recipientOf(person.status, contact));
    }
  const withRecipient = <Stop extends { personId: string }>(stop: Stop) => ({
    ...stop,
    recipient: recipients.get(stop.personId) ?? null,
  });
  const items = route.items.map(withRecipient).sort(byAddress);
  return {
    day,
    items,
    pickups: pickups.map(withRecipient).sort((a, b) => byStreet(a, b) || a.assetId.localeCompare(b.assetId)),
    inspections: inspections
      .map(withRecipient)
      .sort((a, b) => byStreet(a, b) || a.dueOn.localeCompare(b.dueOn) || a.assetId.localeCompare(b.assetId)),
  };
};
