import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, enumLabels, fieldLabels, ru, type MessageKey } from './messages.ts';
import {
  formatChange, formatMoney, formatNumber, formatPartialDate, formatPeriod, formatTimestamp, type Lang,
} from './format.ts';

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, ru };
const STORAGE_KEY = 'imon.lang';

/** The order of plural forms in the messages: CLDR categories as each language uses them. */
const PLURAL_ORDER: Record<Lang, Intl.LDMLPluralRule[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] };

/**
 * Fills `{name}` with a value (numbers written for the language) and `{name|form|form...}` with the
 * plural form for the value ("{count|source|sources}"). A missing value leaves the placeholder
 * visible rather than hiding the gap.
 */
export function interpolate(template: string, values: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)((?:\|[^|}]*)*)\}/g, (whole, name: string, forms: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    if (forms) {
      const options = forms.slice(1).split('|');
      const index = PLURAL_ORDER[lang].indexOf(new Intl.PluralRules(lang).select(Number(value)));
      return options[index] ?? options[options.length - 1];
    }
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A value of one of the domain's enumerations ("commission_meeting"), in words. */
  label(value: string | null | undefined): string;
  field(name: string): string;
  num(value: number, options?: Intl.NumberFormatOptions): string;
  money(value: number, currency: string | null | undefined): string;
  change(pct: number): string;
  date(value: string | null | undefined): string;
  period(value: string | null | undefined): string;
  timestamp(value: string | null | undefined): string;
  /** A party's name in the language. */
  name(party: { name: string; nameRu?: string | null }): string;
}

function initialLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (stored === 'en' || stored === 'ru') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const table = TABLES[lang];
  return {
    lang,
    setLang,
    t: (key, values) => interpolate(table[key] ?? key, values, lang),
    label: (value) => (value ? enumLabels[lang][value] ?? value.replace(/_/g, ' ') : ''),
    field: (name) => fieldLabels[lang][name] ?? name.replace(/_/g, ' '),
    num: (value, options) => formatNumber(lang, value, options),
    money: (value, currency) => formatMoney(lang, value, currency),
    change: (pct) => formatChange(lang, pct),
    date: (value) => formatPartialDate(lang, value),
    period: (value) => formatPeriod(lang, value),
    timestamp: (value) => formatTimestamp(lang, value),
    name: (party) => (lang === 'ru' && party.nameRu ? party.nameRu : party.name),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en', () => {}));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = TABLES[lang]['app.title'];
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
