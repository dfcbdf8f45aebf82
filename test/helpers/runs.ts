/** Property-test sizes: CI-sized by default, scaled up by `npm run fuzz` (FUZZ_SCALE=N multiplies the runs). */
export const runs = (ciRuns: number): number => ciRuns * Math.max(1, Number(process.env.FUZZ_SCALE ?? 1));
