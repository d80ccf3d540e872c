/**
 * How the one i18next instance reads catalogs: flat keys (`inbox.title`, no
 * nesting), `{name}` placeholders, numbers formatted in the message's
 * language, no fallback language (a missing key shows as the key, and
 * test/unit/web-i18n.test.ts fails on it first). Pure: the unit test makes an
 * instance with exactly these.
 *
 * @module
 */
import type { FormatterModule, InitOptions } from 'i18next';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

/** Numbers interpolated into a message read in the message's language (1 234,5 / 1,234.5). */
export const numberFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === 'number'
      ? new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(value)
      : (value as string),
};

export const I18N_OPTIONS: InitOptions = {
  lng: 'ru',
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false, alwaysFormat: true },
};
