/**
 * The win model: naive Bayes in log-odds form over per-factor win rates.
 *
 * For each factor value v, the smoothed win rate p(v) = (wins + m·base) / (n + m)
 * (an m-estimate: a value seen rarely stays near the base rate). Under naive
 * Bayes (factors independent given the outcome)
 * log P(v|won)/P(v|lost) = logit p(v) − logit base, so a deal's log-odds are
 * logit base + Σ (logit p(v) − logit base): each term is that factor's
 * contribution, which is what explains a deal's probability. No optimiser:
 * counting and a sum. Correlated factors (a manager and their region) are
 * counted twice, which makes the model overconfident; the calibration on
 * held-out deals shows how much.
 *
 * @module
 */

export interface FactorCount {
  factor: string;
  value: string;
  n: number;
  wins: number;
}

export interface FactorRate extends FactorCount {
  rate: number;
  weight: number;
}

export interface WinModel {
  deals: number;
  wins: number;
  baseRate: number;
  smoothing: number;
  factors: FactorRate[];
}

export interface Contribution {
  factor: string;
  value: string;
  weight: number;
}

/** The pseudo-count m of the m-estimate: a value needs about this many deals to move far from the base rate. */
export const SMOOTHING = 10;

const EPS = 1e-6;
const clamp = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));
export const logit = (p: number) => Math.log(clamp(p) / (1 - clamp(p)));
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function trainWinModel(base: { n: number; wins: number }, counts: FactorCount[], m = SMOOTHING): WinModel {
  const baseRate = base.n > 0 ? base.wins / base.n : 0.5;
  const factors = counts.map((c) => {
    const rate = (c.wins + m * baseRate) / (c.n + m);
    return { ...c, rate, weight: logit(rate) - logit(baseRate) };
  });
  return { deals: base.n, wins: base.wins, baseRate, smoothing: m, factors };
}

/** A deal's probability and each factor's contribution to its log-odds (an unseen value contributes 0). */
export function predictWin(
  model: WinModel,
  values: ReadonlyArray<readonly [factor: string, value: string]>,
): { probability: number; contributions: Contribution[] } {
  const byKey = new Map(model.factors.map((f) => [`${f.factor}\u0000${f.value}`, f.weight]));
  const contributions = values.map(([factor, value]) => ({
    factor,
    value,
    weight: byKey.get(`${factor}\u0000${value}`) ?? 0,
  }));
  const logOdds = logit(model.baseRate) + contributions.reduce((s, c) => s + c.weight, 0);
  return { probability: sigmoid(logOdds), contributions };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  snapshots: number;
  predicted: number | null;
  observed: number | null;
}

/** Brier score of predictions, of the constant base rate, and a reliability table in `bins` equal-width bins. */
export function calibrate(
  outcomes: ReadonlyArray<{ probability: number; won: boolean }>,
  baseRate: number,
  bins = 10,
): { snapshots: number; brier: number | null; baseBrier: number | null; reliability: ReliabilityBin[] } {
  const n = outcomes.length;
  const sq = (p: number, y: boolean) => (p - (y ? 1 : 0)) ** 2;
  const table = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    sumP: 0,
    sumY: 0,
    n: 0,
  }));
  for (const o of outcomes) {
    const bin = table[Math.min(bins - 1, Math.floor(o.probability * bins))]!;
    bin.n++;
    bin.sumP += o.probability;
    bin.sumY += o.won ? 1 : 0;
  }
  return {
    snapshots: n,
    brier: n ? outcomes.reduce((s, o) => s + sq(o.probability, o.won), 0) / n : null,
    baseBrier: n ? outcomes.reduce((s, o) => s + sq(baseRate, o.won), 0) / n : null,
    reliability: table.map((b) => ({
      from: b.from,
      to: b.to,
      snapshots: b.n,
      predicted: b.n ? b.sumP / b.n : null,
      observed: b.n ? b.sumY / b.n : null,
    })),
  };
}
