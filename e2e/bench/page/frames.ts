/** Resolves on the next animation frame: Cytoscape draws in its own frame callback, so this follows a paint. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the frame after the next one, i.e. until what was changed now has been drawn once. */
export async function afterPaint(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/**
 * Calls `step` once per frame for at least `minMs` (and at least 5 frames), stopping at `maxMs`,
 * and reports the frame rate and the 95th-percentile gap between frames.
 */
export async function measureFrames(step: (frame: number) => void, minMs: number, maxMs: number) {
  const deltas: number[] = [];
  const start = await nextFrame();
  let last = start;
  for (let frame = 0; ; frame++) {
    step(frame);
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
    const elapsed = now - start;
    if (elapsed >= maxMs || (elapsed >= minMs && deltas.length >= 5)) break;
  }
  const sorted = [...deltas].sort((a, b) => a - b);
  const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  return { fps: 1000 / mean, p95FrameMs: p95, frames: deltas.length };
}
