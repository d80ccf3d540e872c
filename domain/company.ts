/**
 * Companies as clients are known by: the Russian tax number (INN) with its
 * checksums, and a name normalised so that "ООО «Ромашка»", "Ромашка, ООО"
 * and "ромашка" are the same company. Pure; the intake's matching and the
 * companies' use cases share it.
 *
 * @example
 * innProblem('7707083893'); // undefined: a valid organisation's INN
 * normaliseCompanyName('ООО «Ромашка»'); // 'ромашка'
 *
 * @module
 */

/** lead: not yet bought; client: won a deal (exported to accounting); former: no longer buys. */
export type CompanyStatus = 'lead' | 'client' | 'former';
export const COMPANY_STATUSES: readonly CompanyStatus[] = ['lead', 'client', 'former'];

const ORGANISATION_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The control digit over the first `weights.length` digits: weighted sum mod 11, mod 10. */
function controlDigit(digits: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
}

/**
 * Why a value is not a valid INN, or undefined when it is: 10 digits for an
 * organisation (one control digit), 12 for an individual entrepreneur (two).
 */
export function innProblem(inn: string): string | undefined {
  if (!/^(\d{10}|\d{12})$/.test(inn)) {
    return 'an INN is 10 digits (an organisation) or 12 digits (an individual entrepreneur)';
  }
  if (/^0+$/.test(inn)) return 'an INN cannot be all zeros';
  const d = [...inn].map(Number);
  if (d.length === 10) {
    return controlDigit(d, ORGANISATION_WEIGHTS) === d[9] ? undefined : 'the INN’s control digit does not match';
  }
  const ok = controlDigit(d, PERSON_WEIGHTS_11) === d[10] && controlDigit(d, PERSON_WEIGHTS_12) === d[11];
  return ok ? undefined : 'the INN’s control digits do not match';
}

/** An INN as a client object carries it (string or number, spaces around), or undefined when there is none. */
export function innOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value).trim();
}

/** Legal forms left out of a normalised name, Russian and English, as whole words. */
const LEGAL_FORMS = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'нао',
  'ип',
  'чп',
  'тоо',
  'нко',
  'llc',
  'ltd',
  'limited',
  'inc',
  'jsc',
  'pjsc',
  'cjsc',
  'plc',
  'gmbh',
  'corp',
]);

/** The same forms written out: removed before the name is split into words. */
const LEGAL_FORMS_IN_FULL = [
  'общество с ограниченной ответственностью',
  'публичное акционерное общество',
  'непубличное акционерное общество',
  'открытое акционерное общество',
  'закрытое акционерное общество',
  'акционерное общество',
  'индивидуальный предприниматель',
  'limited liability company',
];

/**
 * A company's name as matching compares it: lower case, ё as е, without
 * legal forms (ООО, ОАО, ЗАО, ПАО, АО, ИП, LLC, Ltd …), quotes, punctuation
 * around words and extra spaces. A name that is nothing but a legal form is
 * kept as it is, lower-cased.
 */
export function normaliseCompanyName(name: string): string {
  let s = ` ${name.toLowerCase().replace(/ё/g, 'е')} `
    .replace(/["'`«»“”„‟‘’‚‹›]/g, ' ')
    .replace(/[.,;:!?()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ');
  for (const form of LEGAL_FORMS_IN_FULL) s = s.split(` ${form} `).join(' ');
  const words = s.split(' ').filter((w) => w !== '' && !LEGAL_FORMS.has(w));
  return words.length > 0 ? words.join(' ') : name.toLowerCase().replace(/\s+/g, ' ').trim();
}
