import { addMonths, inspectionDueOn, isInspectionDueWithinMargin } from './inspection-due.js';

describe('inspection due days', () => {
  it('an inspection is due the interval after the last passed one, across a year-end', () => {
    expect(inspectionDueOn('2025-12-15', 12)).toBe('2026-12-15');
    expect(inspectionDueOn('2025-11-30', 3)).toBe('2026-02-28');
    expect(inspectionDueOn('2025-12-31', 1)).toBe('2026-01-31');
  });

  it('a day the month lacks becomes its last day, a leap day only in a leap year', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-05-15', 0)).toBe('2025-05-15');
  });

  it('an inspection due within 30 days of the day, or overdue, is within the margin; the 31st day is not', () => {
    expect(isInspectionDueWithinMargin('2026-01-14', '2025-12-15')).toBe(true);
    expect(isInspectionDueWithinMargin('2025-12-01', '2025-12-15')).toBe(true);
    expect(isInspectionDueWithinMargin('2026-01-15', '2025-12-15')).toBe(false);
  });
});
