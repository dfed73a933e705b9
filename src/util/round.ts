/** Rounded to 4 decimals, so shares and rates print and compare stably. */
export const round = (n: number) => Math.round(n * 10_000) / 10_000;
