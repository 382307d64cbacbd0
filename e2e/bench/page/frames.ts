/** Resolves on the next animation frame: Cytoscape draws in its own frame callback, so this follows a paint. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the frame after the next one, i.e. until what was changed now has been drawn once. */
export async function afterPaint(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

export interface FrameStats {
  fps: number;
  p95FrameMs: number;
  frames: number;
}

/**
 * Records every animation frame between `start` and `stop` (while the runner drives real mouse input),
 * then reports the frame rate and the 95th-percentile gap between frames.
 */
export class FrameRecorder {
  private times: number[] | null = null;

  start(): void {
    const times: number[] = [];
    this.times = times;
    const loop = (t: number) => {
      if (this.times !== times) return;
      times.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }

  stop(): FrameStats {
    const times = this.times ?? [];
    this.times = null;
    const deltas = times.slice(1).map((t, i) => t - times[i]!);
    if (deltas.length === 0) return { fps: 0, p95FrameMs: NaN, frames: 0 };
    const sorted = [...deltas].sort((a, b) => a - b);
    const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
    return { fps: 1000 / mean, p95FrameMs: p95, frames: deltas.length };
  }
}
