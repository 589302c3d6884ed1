import { startOfDayInStockholm, todayInStockholm } from './clock.js';

describe('days in Stockholm', () => {
  it('a day begins an hour before UTC midnight in winter and two hours before in summer', () => {
    expect(startOfDayInStockholm('2025-01-15')).toBe('2025-01-14T23:00:00.000Z');
    expect(startOfDayInStockholm('2025-06-01')).toBe('2025-05-31T22:00:00.000Z');
  });

  it('the days the clocks change begin at the midnight before the change', () => {
    expect(startOfDayInStockholm('2025-03-30')).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfDayInStockholm('2025-10-26')).toBe('2025-10-25T22:00:00.000Z');
  });

  it('the instant a day begins is in that day, the one before it in the day before', () => {
    for (const day of ['2024-02-29', '2025-03-30', '2025-10-26', '2025-12-31']) {
      const start = Date.parse(startOfDayInStockholm(day));
      expect(todayInStockholm(new Date(start))).toBe(day);
      expect(todayInStockholm(new Date(start - 1))).not.toBe(day);
    }
  });
});
