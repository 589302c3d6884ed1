import { addDays, daysInMonth } from '../shared/iso-day.js';

/** How close to its due inspection an aid may still be allocated: a loan should not start with an inspection due. */
export const INSPECTION_MARGIN_DAYS = 30;

/** The same day `months` later; a day the month lacks becomes its last (2025-01-31 + 1 → 2025-02-28). */
export const addMonths = (day: string, months: number): string => {
  const monthIndex = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const dayOfMonth = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
};

/** The next inspection is due the article's interval after the last passed inspection, or after the receipt. */
export const inspectionDueOn = (lastPassedOrReceivedOn: string, intervalMonths: number): string =>
  addMonths(lastPassedOrReceivedOn, intervalMonths);

/** True when an inspection due on `dueOn` falls due within the margin of `day` (or is overdue by then). */
export const isInspectionDueWithinMargin = (dueOn: string, day: string, marginDays = INSPECTION_MARGIN_DAYS): boolean =>
  dueOn <= addDays(day, marginDays);
