/**
 * Phone numbers as data: whatever way a person or a PBX writes a number
 * («8 (495) 123-45-67», «+7 495 123 45 67 доб. 12», «74951234567»), it is kept
 * as E.164 (`+74951234567`), which is what contacts are indexed and matched
 * by. Parsing is libphonenumber-js's (its full metadata, so the extension
 * words of Russian numbers are understood); the default country is Russia,
 * so a national «8 …» is a Russian number.
 *
 * @example
 * normalisePhone('8 (495) 123-45-67 доб. 12'); // { e164: '+74951234567', extension: '12', areaCode: '495', … }
 *
 * @module
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface Phone {
  /** The number in E.164: `+` and digits only. */
  e164: string;
  /** An extension written after the number («доб. 12», «ext 12», «#12»). */
  extension?: string;
  /** The ISO country the number belongs to, when known. */
  country?: string;
  /**
   * For Russian numbers: the three digits after +7 (495 Moscow, 812 St
   * Petersburg, 9xx mobile), which rules may use to pick a region.
   */
  areaCode?: string;
  /** The number for people: `+7 495 123 45 67`. */
  international: string;
}

/** The E.164 form of a phone number, or undefined when it is not a valid number. */
export function normalisePhone(text: unknown, defaultCountry: CountryCode = 'RU'): Phone | undefined {
  if (typeof text !== 'string' || text.trim() === '' || text.length > 100) return undefined;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isValid()) return undefined;
  return {
    e164: parsed.number,
    ...(parsed.ext ? { extension: parsed.ext } : {}),
    ...(parsed.country ? { country: parsed.country } : {}),
    ...(parsed.countryCallingCode === '7' ? { areaCode: parsed.nationalNumber.slice(0, 3) } : {}),
    international: parsed.formatInternational(),
  };
}

/** `tel:` URI of a number (RFC 3966), with its extension. */
export const telUri = (p: Pick<Phone, 'e164' | 'extension'>): string =>
  `tel:${p.e164}${p.extension ? `;ext=${p.extension}` : ''}`;

/**
 * The E.164 of a number a PBX sends: PBXs often omit the `+` («74951234567»)
 * or send a short internal number; a number that is not a valid phone is
 * kept as its digits, so an internal line still finds its own calls.
 */
export function pbxNumber(text: unknown): string | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const raw = String(text).trim();
  if (raw === '') return undefined;
  const digits = raw.replace(/[^\d]/g, '');
  const full = normalisePhone(raw) ?? (/^\d{11,15}$/.test(digits) ? normalisePhone(`+${digits}`) : undefined);
  return full?.e164 ?? (digits || undefined);
}
