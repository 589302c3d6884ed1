import type { Message } from '../shared/decider.js';

/**
 * One read of person-level data (PDL 4 kap): who read what about which person, and when. `personId` is the
 * pseudonymous id; an entry never carries a name, a personnummer or any other personal data about the person.
 */
export type PersonDataAccessed = Message<
  'PersonDataAccessed',
  {
    /** ISO timestamp (UTC) of the read. */
    at: string;
    /** The token subject that read. */
    actor: string;
    role: string;
    personId: string;
    /** What was read, e.g. `person.aids.read`. */
    action: string;
    correlationId: string;
  }
>;

export type AccessLogEvent = PersonDataAccessed;

/** One append-only, hash-chained stream per day in Stockholm (`day` is `YYYY-MM-DD`). */
export const accessLogStream = (day: string): string => `accesslog-${day}`;
