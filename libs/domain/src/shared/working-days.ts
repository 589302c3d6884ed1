import Holidays from 'date-holidays';
import { addDays, isValidIsoDay, weekday } from './iso-day.js';

const swedishHolidays = new Holidays('SE');
const nonWorkingDaysByYear = new Map<number, ReadonlySet<string>>();

/** Midsommarafton is the Friday between 19 and 25 June. */
const midsommarafton = (year: number): string => {
  for (let date = 19; date <= 25; date++) {
    const day = `${year}-06-${date}`;
    if (weekday(day) === 5) return day;
  }
  throw new Error(`No midsommarafton in ${year}`);
};

/**
 * Swedish public holidays (date-holidays type 'public') plus the de-facto holidays
 * midsommarafton, julafton and nyårsafton, which the library lists as 'bank' days.
 */
export const swedishNonWorkingHolidays = (year: number): ReadonlySet<string> => {
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    const publicHolidays = swedishHolidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10));
    days = new Set([...publicHolidays, midsommarafton(year), `${year}-12-24`, `${year}-12-31`]);
    nonWorkingDaysByYear.set(year, days);
  }
  return days;
};

const assertIsoDay = (day: string): void => {
  if (!isValidIsoDay(day)) throw new RangeError(`Not an ISO day: ${day}`);
};

export const isSwedishWorkingDay = (day: string): boolean => {
  assertIsoDay(day);
  const dayOfWeek = weekday(day);
  if (dayOfWeek === 0 || dayOfWeek === 6) return false;
  return !swedishNonWorkingHolidays(Number(day.slice(0, 4))).has(day);
};

/** The n-th working day after `day` (the day itself is not counted); negative n counts backwards. */
export const addSwedishWorkingDays = (day: string, workingDays: number): string => {
  assertIsoDay(day);
  const step = workingDays < 0 ? -1 : 1;
  let remaining = Math.abs(workingDays);
  let current = day;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isSwedishWorkingDay(current)) remaining--;
  }
  return current;
};

/** The repair KPI: completed no later than the `workingDays`-th Swedish working day after reporting. */
export const isWithinWorkingDays = (reportedOn: string, completedOn: string, workingDays: number): boolean => {
  assertIsoDay(completedOn);
  return completedOn <= addSwedishWorkingDays(reportedOn, workingDays);
};
