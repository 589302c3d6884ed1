/** Days that people mean as days are days in Stockholm, whatever the server's zone. */
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const todayInStockholm = (now: Date = new Date()): string => STOCKHOLM_DAY.format(now);

const HOUR_MS = 3600_000;

/** The instant (ISO, UTC) a day in Stockholm begins: UTC+1 in winter, UTC+2 in summer; clocks change at night, never at midnight. */
export const startOfDayInStockholm = (day: string): string => {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = utcMidnight - offsetHours * HOUR_MS;
    if (todayInStockholm(new Date(candidate)) === day && todayInStockholm(new Date(candidate - 1)) !== day)
      return new Date(candidate).toISOString();
  }
  throw new Error(`${day} is not a day`);
};
