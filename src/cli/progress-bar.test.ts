import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar';

function stream(isTTY: boolean) {
  let text = '';
  const s = new Writable({
    write(chunk, _e, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  s.isTTY = isTTY;
  s.columns = 60;
  return { s, text: () => text };
}

describe('createProgressBar', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const out = stream(false);
    const bar = createProgressBar(out.s);
    bar.update(5, 10, 'file.txt');
    bar.done();
    expect(out.text()).toBe('');
  });

  it('draws one line in place on a terminal, fits the width and clears it at the end', () => {
    const out = stream(true);
    const bar = createProgressBar(out.s);
    bar.update(10, 10, 'a-very-long-detail-'.repeat(10));
    expect(out.text()).toMatch(/^\r█{28} 100% a-very/);
    expect(out.text().length).toBeLessThanOrEqual(60);
    bar.done();
    expect(out.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('shows control characters in the file name escaped, so a name cannot rewrite the terminal', () => {
    const out = stream(true);
    createProgressBar(out.s).update(1, 1, 'x\x1b]0;pwned\x07.txt');
    expect(out.text()).toContain('x\\x1B]0;pwned\\x07.txt');
    expect(out.text()).not.toContain('\x1b');
  });
});
