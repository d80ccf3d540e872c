/**
 * The one translation engine of the web app: i18next, with a catalog per
 * feature and language (`<feature>/locales/<lang>.json`, flat keys prefixed by
 * the feature), CLDR plurals (`key_one`, `key_few`, `key_many`, `key_other`:
 * «1 задача, 2 задачи, 5 задач») and `{name}` placeholders. The workspace's
 * features share the default namespace; the studio's catalogs are added to
 * their own namespaces when its lazy chunk loads (`addCatalogs`), so the
 * workspace bundle does not carry them. Dates and numbers in the person's
 * locale and time zone.
 *
 * @module
 */
import i18next from 'i18next';
import { createContext, useContext, useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { WORKSPACE_CATALOGS, type Catalog } from './catalogs.js';
import { I18N_OPTIONS, LOCALES, numberFormatter, type Locale } from './options.js';

export { LOCALES, type Locale } from './options.js';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A catalog's keys, with a plural family (`x_one`, `x_few`…) named by its stem `x`. */
export type KeyOf<C> = keyof C extends infer K ? (K extends `${infer B}_${PluralSuffix}` ? B : K & string) : never;
export type MessageKey = KeyOf<(typeof WORKSPACE_CATALOGS)['ru']>;
export type Values = Record<string, string | number>;

export const i18n = i18next.createInstance();
void i18n
  .use(numberFormatter)
  .use(initReactI18next)
  .init({
    ...I18N_OPTIONS,
    react: { useSuspense: false },
    resources: { ru: { translation: WORKSPACE_CATALOGS.ru }, en: { translation: WORKSPACE_CATALOGS.en } },
  });

/** A lazily loaded feature brings its catalogs under a namespace of its own. */
export function addCatalogs(ns: string, catalogs: Record<Locale, Catalog>): void {
  for (const lng of LOCALES) i18n.addResourceBundle(lng, ns, catalogs[lng], true, false);
}

const TimeZoneContext = createContext<string>('Europe/Moscow');
export const TimeZoneProvider = TimeZoneContext.Provider;

export interface Formats {
  locale: Locale;
  timeZone: string;
  dateTime(iso: string): string;
  number(n: number): string;
}

/** Dates and numbers in the person's language and time zone. */
export function useFormats(): Formats {
  const { i18n: instance } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  const locale = (instance.language === 'en' ? 'en' : 'ru') as Locale;
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const n = new Intl.NumberFormat(locale);
    return { locale, timeZone, dateTime: (iso) => dates.format(new Date(iso)), number: (x) => n.format(x) };
  }, [locale, timeZone]);
}

export interface I18n extends Formats {
  t(key: MessageKey, values?: Values): string;
  /** A task kind in words (call, meeting…); a kind the regulation adds reads as it is. */
  kind(kind: string): string;
}

/** The workspace's texts (default namespace) with the formats. */
export function useI18n(): I18n {
  const { t } = useTranslation();
  const formats = useFormats();
  return useMemo(
    () => ({
      ...formats,
      t: (key, values) => t(key, values ?? {}),
      kind: (kind) => (i18n.exists(`kind.${kind}`) ? t(`kind.${kind}`) : kind),
    }),
    [formats, t],
  );
}
