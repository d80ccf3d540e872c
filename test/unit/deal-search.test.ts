import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, phoneDigits, searchText } from '../../app/deal-search.js';

describe('the deals list’s search text and cursor', () => {
  it('should search a phone-like text by its digits and anything else lower-cased', () => {
    expect(searchText('+7 (912) 345-67-89')).toBe('79123456789');
    expect(searchText(' ООО Альфа ')).toBe('ооо альфа');
    // Four digits are not a phone: part of a contract number, say.
    expect(phoneDigits('4411')).toBeUndefined();
    expect(searchText('KX-4411')).toBe('kx-4411');
  });

  it('should give back the position it encoded, for the same sort only', () => {
    const cursor = encodeCursor({ s: '-createdAt', v: '2026-12-08T01:00:00.000Z', i: 'deal-1' });
    expect(decodeCursor(cursor, '-createdAt')).toEqual({ value: '2026-12-08T01:00:00.000Z', id: 'deal-1' });
    expect(() => decodeCursor(cursor, 'client')).toThrow(/cursor.*sort -createdAt/);
    expect(() => decodeCursor('not-a-cursor', '-createdAt')).toThrow(/cursor is invalid/);
    expect(() => decodeCursor(encodeCursor({ s: 'createdAt', v: 'yesterday', i: 'x' }), 'createdAt')).toThrow(
      /cursor is invalid/,
    );
  });
});
