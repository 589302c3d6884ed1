import { DomainError } from './domain-error.js';
import { isValidIsoDay } from './iso-day.js';

/**
 * Business days are what people say happened. They are compared only with `today`
 * (Europe/Stockholm, supplied by the caller) and with earlier business days of the same stream.
 */
export const requireIsoDay = (field: string, day: string): void => {
  if (!isValidIsoDay(day)) {
    throw new DomainError('DATE.INVALID', `${field} is not a real day (YYYY-MM-DD)`, 'invalid', { field });
  }
};

/** A business day that happened: a real day, and not after today. */
export const requirePastDay = (field: string, day: string, today: string): void => {
  requireIsoDay(field, day);
  requireIsoDay('today', today);
  if (day > today) {
    throw new DomainError('DATE.IN_FUTURE', `${field} ${day} lies after today ${today}`, 'invalid', {
      field,
      day,
      today,
    });
  }
};

/** Business days within one stream may not go backwards (a return before its delivery is refused). */
export const requireNotBefore = (code: string, field: string, day: string, previousDay: string | null): void => {
  if (previousDay !== null && day < previousDay) {
    throw new DomainError(
      code,
      `${field} ${day} lies before ${previousDay}, already recorded for this stream`,
      'conflict',
      {
        field,
        day,
        previousDay,
      },
    );
  }
};

export const requireText = (code: string, field: string, text: string): void => {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DomainError(code, `${field} is required`, 'invalid', { field });
  }
};

export const latestDay = (a: string | null, b: string): string => (a !== null && a > b ? a : b);
