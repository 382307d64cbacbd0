import { terminalText } from './terminal-text';

/** A one-line progress bar for a TTY; a no-op elsewhere so piped output stays clean. */
export interface ProgressBar {
  update(done: number, total: number, detail: string): void;
  done(): void;
}

const WIDTH = 28;
const MIN_INTERVAL_MS = 80;

export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS && done < total) return;
      last = now;
      const ratio = total ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
      const line = `${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${terminalText(detail)}`;
      const columns = stream.columns ?? 100;
      stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 10))}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
