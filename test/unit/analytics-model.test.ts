import { describe, expect, it } from 'vitest';
import { toCsv } from '../../api/csv.js';
import { calibrate, logit, predictWin, trainWinModel } from '../../domain/win-model.js';

describe('win model', () => {
  const model = trainWinModel({ n: 100, wins: 40 }, [
    { factor: 'industry', value: 'retail', n: 50, wins: 35 },
    { factor: 'industry', value: 'mining', n: 50, wins: 5 },
  ]);

  it('should smooth each rate towards the base rate and weigh it as log-odds against the base', () => {
    const retail = model.factors.find((f) => f.value === 'retail')!;
    expect(retail.rate).toBeCloseTo((35 + 10 * 0.4) / (50 + 10), 12);
    expect(retail.weight).toBeCloseTo(logit(retail.rate) - logit(0.4), 12);
  });

  it('should add contributions to the base log-odds, an unseen value adding nothing', () => {
    const p = predictWin(model, [
      ['industry', 'retail'],
      ['region', 'nowhere'],
    ]);
    expect(p.contributions[1]!.weight).toBe(0);
    const retail = model.factors.find((f) => f.value === 'retail')!;
    expect(p.probability).toBeCloseTo(retail.rate, 12);
  });

  it('should score Brier against the base rate and bin reliability', () => {
    const c = calibrate(
      [
        { probability: 0.9, won: true },
        { probability: 0.1, won: false },
        { probability: 0.55, won: false },
      ],
      0.5,
    );
    expect(c.brier).toBeCloseTo((0.01 + 0.01 + 0.3025) / 3, 12);
    expect(c.baseBrier).toBeCloseTo(0.25, 12);
    expect(c.reliability[9]).toMatchObject({ snapshots: 1, predicted: 0.9, observed: 1 });
    expect(c.reliability[5]).toMatchObject({ snapshots: 1, observed: 0 });
  });
});

describe('CSV', () => {
  it('should quote, nest as JSON and defuse formulas', () => {
    expect(toCsv([{ a: 'x,y', b: [{ r: 1 }], c: '=SUM(A1)', d: null, e: -2 }])).toBe(
      'a,b,c,d,e\r\n"x,y","[{""r"":1}]",\'=SUM(A1),,-2\r\n',
    );
  });
});
