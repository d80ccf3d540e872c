/**
 * Phone numbers: every way a Russian number is written comes to one E.164,
 * extensions are kept apart, and (fast-check) no spelling of a number —
 * spaces, dashes, brackets, 8 or +7 or 7 — gives a different key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone, pbxNumber, telUri } from '../../domain/phone.js';

describe('phone numbers', () => {
  it('should write the Russian spellings of one number as one E.164', () => {
    for (const s of ['8 (495) 123-45-67', '+7 495 123 45 67', '84951234567', '+7(495)123-4567', '7 495 1234567'])
      expect(normalisePhone(s)?.e164).toBe('+74951234567');
    expect(normalisePhone('+7 (916) 555-11-22')).toMatchObject({ e164: '+79165551122', areaCode: '916' });
  });

  it('should keep an extension apart from the number', () => {
    expect(normalisePhone('+7 495 123 45 67 доб. 123')).toMatchObject({ e164: '+74951234567', extension: '123' });
    expect(telUri(normalisePhone('8 (495) 123-45-67 доб. 12')!)).toBe('tel:+74951234567;ext=12');
  });

  it('should refuse what is not a phone number', () => {
    for (const s of ['', 'ext 5', '123', 'not a number', '+7 495 12']) expect(normalisePhone(s)).toBeUndefined();
    expect(normalisePhone(42)).toBeUndefined();
  });

  it('should read a PBX number without its plus, and keep an internal line as digits', () => {
    expect(pbxNumber('74951234567')).toBe('+74951234567');
    expect(pbxNumber(74951234567)).toBe('+74951234567');
    expect(pbxNumber('101')).toBe('101');
    expect(pbxNumber('')).toBeUndefined();
  });

  it('should give one key for every spelling of one number (fuzz)', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    // Moscow, St Petersburg, Novosibirsk and mobile codes; seven subscriber digits.
    const number = fc.tuple(
      fc.constantFrom('495', '812', '383', '916', '903'),
      fc.array(digit, { minLength: 7, maxLength: 7 }),
    );
    const separator = fc.constantFrom('', ' ', '-', '  ', ' - ');
    const prefix = fc.constantFrom('8', '+7', '7', '+ 7');
    fc.assert(
      fc.property(
        number,
        prefix,
        fc.boolean(),
        fc.array(separator, { minLength: 4, maxLength: 4 }),
        (n, p, brackets, sep) => {
          const [code, rest] = n;
          const sub = rest.join('');
          const area = brackets ? `(${code})` : code;
          const spelled = `${p}${sep[0]}${area}${sep[1]}${sub.slice(0, 3)}${sep[2]}${sub.slice(3, 5)}${sep[3]}${sub.slice(5)}`;
          const canonical = normalisePhone(`+7${code}${sub}`);
          const got = normalisePhone(spelled);
          // A number the library thinks invalid is invalid in every spelling; a valid one has one key.
          expect(got?.e164).toBe(canonical?.e164);
        },
      ),
      { numRuns: 500 },
    );
  });
});
