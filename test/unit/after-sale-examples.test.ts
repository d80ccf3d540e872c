import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { successorOf } from '../../regulation/chain.js';
import { loadRegulation } from '../../regulation/load.js';
import { PROJECT_ROOT } from '../../runtime/config.js';
import { projectLife } from '../../simulation/client-life.js';

const load = (file: string) =>
  loadRegulation(readFileSync(path.join(PROJECT_ROOT, 'examples/regulations', file), 'utf8'), file);

describe('the after-sale and retention examples', () => {
  it('should show a year of a wholesale client’s life: a call on the first working Monday of each quarter', () => {
    const retention = load('retention.yaml');
    expect(retention.takes).toEqual(['decision_maker']);
    const year = projectLife(retention, 'client', new Date('2027-01-01T06:00:00Z'), new Date('2027-12-31T21:00:00Z'));
    expect(year.map((e) => [e.at.slice(0, 10), e.task, e.n])).toEqual([
      ['2027-01-11', 'quarterly_contact', 1], // 4 January is in the New Year holidays
      ['2027-04-05', 'quarterly_contact', 2],
      ['2027-07-05', 'quarterly_contact', 3],
      ['2027-10-04', 'quarterly_contact', 4],
    ]);
    // "Do not disturb until 20 July", asked in June: the July call moves to that day, October stays.
    const paused = projectLife(
      retention,
      'client',
      new Date('2027-01-01T06:00:00Z'),
      new Date('2027-12-31T21:00:00Z'),
      {
        dnd_until: '2027-07-20',
      },
    );
    expect(paused.filter((e) => e.n >= 3).map((e) => e.at)).toEqual([
      '2027-07-20T06:00:00.000Z',
      '2027-10-04T06:00:00.000Z',
    ]);
    expect(successorOf(retention, 'new_order', {})).toEqual({ regulation: 'b2b_wholesale' });
  });

  it('should call a window client a week after installation, then remind of service every year', () => {
    const afterSale = load('after-sale.yaml');
    expect(afterSale.takes).toEqual(['window_count', 'installation_date']);
    const life = projectLife(afterSale, 'care', new Date('2027-05-12T07:00:00Z'), new Date('2029-06-01T00:00:00Z'));
    expect(life.map((e) => [e.at, e.task])).toEqual([
      ['2027-05-19T07:00:00.000Z', 'satisfaction_call'],
      ['2028-05-12T07:00:00.000Z', 'service_reminder'],
      ['2029-05-12T07:00:00.000Z', 'service_reminder'],
    ]);
    expect(life.every((e) => /[а-я]/.test(e.title))).toBe(true);
  });
});
