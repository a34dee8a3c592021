/** Small figures helpers shared by the benchmarks. */

/** The lower median (an observed value, not an average of two). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;
