/**
 * The regulation editor's texts (`s`, namespace `editor`) beside the
 * workspace's (`t`), with the workspace's formats and a date told in a given
 * time zone (the regulation's office, for a dry run).
 *
 * @module
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useI18n, type I18n, type Values } from '../../i18n/index.js';
import type { EditorKey } from '../i18n.js';

export type { EditorKey };

export interface EditorI18n extends I18n {
  s: (key: EditorKey, values?: Values) => string;
  zoned: (iso: string, timeZone: string) => string;
}

export function useEditorI18n(): EditorI18n {
  const i18n = useI18n();
  const { t } = useTranslation('editor');
  return useMemo(
    () => ({
      ...i18n,
      s: (key, values) => t(key, values ?? {}),
      zoned: (iso, timeZone) =>
        new Intl.DateTimeFormat(i18n.locale, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZone,
        }).format(new Date(iso)),
    }),
    [i18n, t],
  );
}
