import {
  findPersonOrders,
  findPersonPickupRequests,
  type PersonOrderItem,
  type PersonPickupRequest,
  type ReadModelDb,
} from '@aidledger/projections';
import type { PersonDirectory } from './person-directory.js';
import { personNotFound } from './person.reads.js';

/** A person's orders as customer service follows them: deliveries, and the pickups (hämtorder) of their aids. */
export type PersonOrders = { personId: string; items: PersonOrderItem[]; pickupRequests: PersonPickupRequest[] };

export const readPersonOrders = async (
  persons: PersonDirectory,
  db: ReadModelDb,
  personId: string,
): Promise<PersonOrders> => {
  if ((await persons.person(personId)).status === 'initial') throw personNotFound(personId);
  const [items, pickupRequests] = await Promise.all([
    findPersonOrders(db, personId),
    findPersonPickupRequests(db, personId),
  ]);
  return { personId, items, pickupRequests };
};
