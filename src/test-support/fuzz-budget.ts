/**
 * Run counts and time budgets for the property tests. `FUZZ_RUNS` scales every property's run count
 * (`npm run fuzz` sets it high); `FUZZ_BUDGET_MS` overrides the per-input budget.
 */

import fc from 'fast-check';

/**
 * Whole-property limit: a slow input's shrinking re-runs it many times, and synchronous code cannot be
 * stopped by Vitest's timeout, so fast-check itself stops (and fails) a property running past this.
 */
export const PROPERTY_LIMIT_MS =
  Number(process.env.FUZZ_PROPERTY_MS) > 0
    ? Number(process.env.FUZZ_PROPERTY_MS)
    : process.env.FUZZ_RUNS
      ? 20 * 60_000
      : 180_000;
/**
 * The seed: FUZZ_SEED when given (to replay a failure), fixed in CI so a run there is reproducible and a
 * red build always means the change under test, random elsewhere so local runs and `npm run fuzz` keep
 * exploring new inputs (a failure prints its seed).
 */
const FIXED_CI_SEED = 20261202;
const seed =
  process.env.FUZZ_SEED && Number.isInteger(Number(process.env.FUZZ_SEED))
    ? Number(process.env.FUZZ_SEED)
    : process.env.CI && !process.env.FUZZ_RUNS
      ? FIXED_CI_SEED
      : undefined;
fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  ...(seed === undefined ? {} : { seed }),
  interruptAfterTimeLimit: PROPERTY_LIMIT_MS,
  markInterruptAsFailure: true,
});

/** Per-input budget. Catastrophic backtracking or quadratic parsing takes minutes on the inputs used, so seconds cannot flake. */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS) > 0 ? Number(process.env.FUZZ_BUDGET_MS) : 5_000;

/** `base` runs by default (keeps `npm test` fast), or FUZZ_RUNS when set. */
export function fuzzRuns(base: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : base;
}

/** Vitest timeout for one property of up to 3 × `base` runs: generous, so only a real hang (caught by the budgets) fails. */
export function propertyTimeout(base: number): number {
  return Math.max(PROPERTY_LIMIT_MS + 30_000, fuzzRuns(base) * 3 * 500 + 4 * BUDGET_MS);
}

/** A short, readable picture of a (possibly huge) input: length, runs folded (`" "×5000`), head and tail. */
export function describeInput(input: unknown): string {
  const text = typeof input === 'string' ? input : safeJson(input);
  const shown = text.length > 6000 ? `${fold(text.slice(0, 4000))} … ${fold(text.slice(-1000))}` : fold(text);
  return `(${text.length} chars) ${JSON.stringify(shown.length > 900 ? shown.slice(0, 900) + ' …' : shown)}`;
}

// Only ever applied to a few thousand characters, so its backtracking stays cheap.
const fold = (text: string) =>
  text.replace(
    /([\s\S]{1,12}?)\1{7,}/g,
    (run, unit: string) => `〔${JSON.stringify(unit)}×${run.length / unit.length}〕`,
  );

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Runs `run` and fails, with the input attached, when it took longer than `budgetMs`. The time is measured
 * after the fact, so the input sizes are capped to keep even a catastrophic case within minutes.
 */
export function withinBudget<T>(label: string, input: unknown, run: () => T, budgetMs = BUDGET_MS): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (ms > budgetMs) {
    throw new Error(`${label}: took ${Math.round(ms)} ms, over the ${budgetMs} ms budget, on ${describeInput(input)}`);
  }
  return result;
}

/** Same, for async work (snapshot writing hashes with Web Crypto). */
export async function withinBudgetAsync<T>(label: string, input: unknown, run: () => Promise<T>, budgetMs = BUDGET_MS) {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (ms > budgetMs) {
    throw new Error(`${label}: took ${Math.round(ms)} ms, over the ${budgetMs} ms budget, on ${describeInput(input)}`);
  }
  return result;
}
