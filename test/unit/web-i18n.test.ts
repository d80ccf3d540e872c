/**
 * The web app's catalogs (`web/src/<feature>/locales/<lang>.json`): every key
 * in every language (a plural family counts as its stem, with the forms each
 * language needs: Russian one/few/many, English one/other), no key twice in
 * one namespace, and the app's i18next options giving Russian plurals and
 * numbers as a Russian reader expects.
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_OPTIONS, LOCALES, numberFormatter } from '../../web/src/i18n/options.js';

const SRC = fileURLToPath(new URL('../../web/src', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** The forms a plural family needs in each language (CLDR). */
const FORMS = { ru: ['one', 'few', 'many', 'other'], en: ['one', 'other'] } as const;

/** Every folder holding `locales/`, relative to web/src. */
function catalogFolders(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) continue;
    if (name === 'locales') out.push(path.relative(SRC, dir));
    else out.push(...catalogFolders(full));
  }
  return out.sort();
}

const read = (folder: string, lng: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(SRC, folder, 'locales', `${lng}.json`), 'utf8')) as Record<string, string>;

/** Stems, and for each plural stem the forms present. */
function shape(catalog: Record<string, string>) {
  const stems = new Map<string, Set<string>>();
  for (const key of Object.keys(catalog)) {
    const m = PLURAL.exec(key);
    const stem = m ? key.slice(0, m.index) : key;
    const forms = stems.get(stem) ?? new Set<string>();
    if (m) forms.add(m[1]!);
    stems.set(stem, forms);
  }
  return stems;
}

/** The studio's catalogs go to their own namespaces; the workspace's share the default one. */
const namespaceOf = (folder: string) =>
  folder === 'studio/editor' ? 'editor' : folder.startsWith('studio') ? 'studio' : 'translation';

describe('the web catalogs', () => {
  const folders = catalogFolders();

  it('should find a catalog for each feature folder', () => {
    expect(folders).toEqual(expect.arrayContaining(['shell', 'inbox', 'deal', 'pipeline', 'studio/editor']));
  });

  it.each(folders)('should have every key of %s in every language, with its plural forms', (folder) => {
    const ru = shape(read(folder, 'ru'));
    for (const lng of LOCALES) {
      const catalog = shape(read(folder, lng));
      expect([...catalog.keys()].sort(), `${folder} ${lng}`).toEqual([...ru.keys()].sort());
      for (const [stem, forms] of catalog)
        if (forms.size > 0) expect([...forms].sort(), `${folder} ${lng} ${stem}`).toEqual([...FORMS[lng]].sort());
      for (const [key, text] of Object.entries(read(folder, lng)))
        expect(text.trim(), `${folder} ${lng} ${key}`).not.toBe('');
    }
  });

  it('should prefix every key with its feature and never give one key twice in a namespace', () => {
    const seen = new Map<string, string>();
    for (const folder of folders)
      for (const key of Object.keys(read(folder, 'ru'))) {
        const id = `${namespaceOf(folder)}:${key}`;
        expect(seen.get(id), `${key} in ${folder} and ${seen.get(id)}`).toBeUndefined();
        seen.set(id, folder);
      }
  });

  it('should say «1 сделка, 2 сделки, 5 сделок, 21 сделка» and "1 deal, 5 deals"', async () => {
    const instance = i18next.createInstance();
    await instance.use(numberFormatter).init({
      ...I18N_OPTIONS,
      resources: { ru: { translation: read('pipeline', 'ru') }, en: { translation: read('pipeline', 'en') } },
    });
    const ru = instance.getFixedT('ru');
    expect([1, 2, 5, 21, 1234].map((count) => ru('pipeline.deals', { count }))).toEqual([
      '1 сделка',
      '2 сделки',
      '5 сделок',
      '21 сделка',
      // A non-breaking space groups the thousands in Russian.
      '1\u00a0234 сделки',
    ]);
    const en = instance.getFixedT('en');
    expect([1, 5].map((count) => en('pipeline.deals', { count }))).toEqual(['1 deal', '5 deals']);
  });
});
