/** Days that people mean as days are days in Stockholm, whatever the server's zone. */
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const todayInStockholm = (now: Date = new Date()): string => STOCKHOLM_DAY.format(now);
