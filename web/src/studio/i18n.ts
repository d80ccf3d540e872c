/**
 * The studio's texts: its catalogs (the layout's, the dashboards', the
 * administration's under namespace `studio`; the editor's under `editor`) are
 * added to the app's one i18next instance when the studio chunk loads. Hooks
 * here only format (numbers, shares, dates); translation is i18next's.
 *
 * @module
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addCatalogs, useFormats, type KeyOf, type Locale, type Values } from '../i18n/index.js';
import adminEn from './admin/locales/en.json';
import adminRu from './admin/locales/ru.json';
import dashEn from './dashboards/locales/en.json';
import dashRu from './dashboards/locales/ru.json';
import editorEn from './editor/locales/en.json';
import editorRu from './editor/locales/ru.json';
import layoutEn from './locales/en.json';
import layoutRu from './locales/ru.json';

const STUDIO = { ru: { ...layoutRu, ...dashRu, ...adminRu }, en: { ...layoutEn, ...dashEn, ...adminEn } };
addCatalogs('studio', STUDIO);
addCatalogs('editor', { ru: editorRu, en: editorEn });

export type StudioKey = KeyOf<(typeof STUDIO)['ru']>;
export type EditorKey = KeyOf<typeof editorRu>;

export interface StudioI18n {
  locale: Locale;
  t(key: StudioKey, values?: Values): string;
  number(n: number | null | undefined, digits?: number): string;
  percent(share: number | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
}

/** The dashboards' and administration's texts, with their number and date formats. */
export function useStudioI18n(): StudioI18n {
  const { t } = useTranslation('studio');
  const base = useFormats();
  return useMemo(() => {
    const { locale, timeZone } = base;
    const fixed = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    const number = (n: number | null | undefined, digits = 1) => (n == null ? '—' : fixed(digits).format(n));
    return {
      locale,
      t: (key, values) => t(key, values ?? {}),
      number,
      percent: (share) => (share == null ? '—' : percent.format(share)),
      dateTime: (iso) => (iso ? base.dateTime(iso) : '—'),
      date: (iso) => (iso ? day.format(new Date(iso)) : '—'),
    };
  }, [base, t]);
}
