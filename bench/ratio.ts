// How sure a ratio of two medians is: loads of one page on this machine spread over a few hundred milliseconds,
// and the median of nine moves by tens of milliseconds from one run to the next. A percentile bootstrap resamples
// both sets of loads (with replacement, a fixed seed so a run's report can be reproduced from its loads) and
// gives the range in which the middle 90% of the resampled ratios fall.

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** First and third quartiles (the medians of the lower and upper halves). */
export function quartiles(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return [median(sorted.slice(0, Math.max(1, half))), median(sorted.slice(sorted.length - Math.max(1, half)))];
}

/** A small deterministic generator (mulberry32): the same seed gives the same resamples. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioEstimate {
  /** median(slower) / median(faster) on the loads as measured. */
  ratio: number;
  /** The 5th and 95th percentiles of the ratio over the resamples. */
  low: number;
  high: number;
}

/** The ratio of the medians of `slower` to `faster`, with a 90% percentile-bootstrap interval. */
export function ratioOfMedians(
  slower: readonly number[],
  faster: readonly number[],
  rounds = 4000,
  seed = 1,
): RatioEstimate {
  if (slower.length === 0 || faster.length === 0) throw new Error("a ratio needs loads on both sides");
  const next = random(seed);
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(next() * values.length)]!);
  const ratios = Array.from({ length: rounds }, () => median(resample(slower)) / median(resample(faster))).sort(
    (a, b) => a - b,
  );
  const at = (p: number) => ratios[Math.min(rounds - 1, Math.floor(p * rounds))]!;
  return { ratio: median(slower) / median(faster), low: at(0.05), high: at(0.95) };
}
