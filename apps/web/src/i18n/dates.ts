import type { Language } from './vocabulary.js';

/**
 * Every date and figure on the screens is formatted in the screens' language, never in the browser's: a Swedish
 * screen shows 2026-11-30 even in a browser set to American English.
 */
export const localeOf = (language: Language): string => (language === 'sv' ? 'sv-SE' : 'en-GB');

/** A day people mean as a day (YYYY-MM-DD): 2026-11-30 in Swedish, 30 Nov 2026 in English. */
export const formatDay = (day: string, language: Language): string => {
  const date = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(localeOf(language), {
    timeZone: 'UTC',
    ...(language === 'sv' ? {} : { day: 'numeric', month: 'short', year: 'numeric' }),
  });
};

/** An instant in Swedish local time, where every business day is meant. */
export const formatInstant = (iso: string, language: Language): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(localeOf(language), { timeZone: 'Europe/Stockholm' });
};

export const formatPercent = (share: number, language: Language): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** An amount in kronor with öre, as the screens' language writes money: 1 234,50 kr in Swedish. */
export const formatSek = (amount: number, language: Language): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'SEK' }).format(amount);
