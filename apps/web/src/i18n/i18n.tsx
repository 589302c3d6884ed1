import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { sv, type Messages } from './sv.js';
import type { Language } from './vocabulary.js';
import { formatDay } from './dates.js';

/** Every language of the screens has its messages, and its words in the vocabulary. */
export const LANGUAGES: Record<Language, Messages> = { sv, en };
export type { Language };

const STORAGE_KEY = 'aidledger.language';

type I18n = { t: Messages; language: Language; setLanguage: (language: Language) => void };

const I18nContext = createContext<I18n>({ t: sv, language: 'sv', setLanguage: () => undefined });

const initialLanguage = (): Language => {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'sv' ? stored : 'sv';
};

export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nContext.Provider value={{ t: LANGUAGES[language], language, setLanguage }}>{children}</I18nContext.Provider>
  );
};

export const useI18n = (): I18n => useContext(I18nContext);

export { formatDay, formatInstant, formatPercent, formatSek, localeOf } from './dates.js';

/** A day as the screens' language writes it, machine-readable too. */
export const Day = ({ value }: { value: string }) => {
  const { language } = useI18n();
  return <time dateTime={value}>{formatDay(value, language)}</time>;
};
