import { addDays, DomainError, personDetails, type PersonDetails } from '@aidledger/domain';
import { hasOrderDueBetween, hasPickupDueBetween, type ReadModelDb } from '@aidledger/projections';
import type { Principal } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import { ProblemException } from '../errors/problem-details.filter.js';
import { problem } from '../errors/problem-details.js';
import type { PersonDirectory } from './person-directory.js';

/** Transport staff see the contact details of the persons on their routes this week, before and after. */
export const TRANSPORT_DAYS_AROUND = 7;

export const personNotFound = (personId: string): DomainError =>
  new DomainError('PERSON.NOT_FOUND', `Person ${personId} is not registered`, 'not_found', { personId });

/**
 * The person as its reader may see them: customer service and the auditor see the contact details; transport
 * staff only for a person with an order or a pickup on the routes of today ± 7 days (otherwise 403, so the contact cannot be
 * fished for); an erased person shows only what statistics keep.
 */
export const readPersonDetails = async (
  persons: PersonDirectory,
  db: ReadModelDb,
  principal: Principal,
  personId: string,
): Promise<PersonDetails> => {
  const details = personDetails(await persons.person(personId));
  if (!details) throw personNotFound(personId);
  if (principal.role === 'transport') {
    const today = todayInStockholm();
    const [from, to] = [addDays(today, -TRANSPORT_DAYS_AROUND), addDays(today, TRANSPORT_DAYS_AROUND)];
    const onRoute =
      (await hasOrderDueBetween(db, personId, from, to)) || (await hasPickupDueBetween(db, personId, from, to));
    if (!onRoute)
      throw new ProblemException(problem(403, 'PERSON.NOT_ON_ROUTE', 'The person is on none of your routes this week'));
  }
  return details;
};
