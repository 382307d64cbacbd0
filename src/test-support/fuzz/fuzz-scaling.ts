/**
 * Scaling probe (`npm run fuzz`, after the long property runs): for each parser and the extractor, times
 * adversarial inputs at sizes n, 2n, 4n, … and prints how the time grows when the input doubles. Linear
 * work doubles (exponent ≈ 1); 4× is quadratic, 8× cubic. A case over the cap is stopped and shown as
 * "> cap". Measures only: the figures go in notes, never into assertions.
 *
 *   FUZZ_STEPS   sizes per family (default 5: n … 16n)
 *   FUZZ_CAP_MS  per-case cap in ms (default 20000)
 *   FUZZ_FAMILY  only families whose name contains this
 */
import { Worker } from 'node:worker_threads';
import { SCALING_FAMILIES, type ScalingFamily } from './scaling-families';

const STEPS = Number(process.env.FUZZ_STEPS) || 5;
const CAP_MS = Number(process.env.FUZZ_CAP_MS) || 20_000;
const ONLY = process.env.FUZZ_FAMILY ?? '';

interface Point {
  n: number;
  chars: number;
  ms: number | null; // null: over the cap
}

// tsx's loader does not reach worker threads on Node 20, so the worker registers it first.
function spawn(family: ScalingFamily): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./scaling-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: { family: family.name } });
}

function time(worker: Worker, n: number): Promise<{ ms: number; chars: number } | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), CAP_MS);
    worker.once('message', (m: { ms: number; chars: number }) => {
      clearTimeout(timer);
      resolve(m);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    worker.postMessage(n);
  });
}

/** Loading the modules (the NLP model, linkedom) and warming up is not timed against the cap. */
function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

async function probe(family: ScalingFamily): Promise<Point[] | string> {
  const worker = spawn(family);
  const points: Point[] = [];
  try {
    await ready(worker);
    for (let k = 0, n = family.start; k < STEPS; k++, n *= 2) {
      const result = await time(worker, n);
      points.push({ n, chars: result?.chars ?? family.make(n).length, ms: result?.ms ?? null });
      // Over the cap, or bound to be on the next doubling even if linear: stop this family here.
      if (!result || result.ms > CAP_MS / 2) break;
    }
    return points;
  } catch (err) {
    return `threw: ${(err as Error).message.split('\n')[0]}`;
  } finally {
    await worker.terminate();
  }
}

/**
 * The growth exponent k in time ∝ nᵏ, fitted (least squares, log-log) over the three largest sizes measured
 * at 1 ms or more (small sizes carry timer noise and warm-up): ≈ 1 linear, 2 quadratic, 3 cubic.
 */
function exponent(points: Point[]): string {
  const done = points.filter((p) => p.ms !== null && p.ms >= 1).slice(-3);
  const capped = points.some((p) => p.ms === null) ? ' (then > cap)' : '';
  if (done.length < 2) return `?${capped}`;
  const xs = done.map((p) => Math.log2(p.n));
  const ys = done.map((p) => Math.log2(p.ms!));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return `${(num / den).toFixed(2)}${capped}`;
}

const fmt = (ms: number | null) => (ms === null ? `> ${CAP_MS / 1000} s` : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function main(): Promise<void> {
  const families = SCALING_FAMILIES.filter((f) => f.name.includes(ONLY));
  console.log(`Scaling probe: ${STEPS} sizes per family, cap ${CAP_MS / 1000} s per case; ms per run.\n`);
  console.log('| family | n → | ms at each size | ×time per doubling | exponent | known finding |');
  console.log('|---|---|---|---|---|---|');
  for (const family of families) {
    const points = await probe(family);
    if (typeof points === 'string') {
      console.log(`| ${family.name} | | ${points} | | | ${family.known ?? ''} |`);
      continue;
    }
    const ratios = points.slice(1).map((p, i) => {
      const prev = points[i]!.ms;
      return p.ms === null ? '> cap' : prev ? `${(p.ms / prev).toFixed(1)}×` : '?';
    });
    const sizes = `${points[0]!.n}…${points.at(-1)!.n} (${points.at(-1)!.chars} chars)`;
    console.log(
      `| ${family.name} | ${sizes} | ${points.map((p) => fmt(p.ms)).join(', ')} | ${ratios.join(', ')} | ${exponent(points)} | ${family.known ?? ''} |`,
    );
  }
}

await main();
