import { Writable } from 'node:stream';
import type { CliIO } from './command';

/** A CliIO whose streams collect what a command prints, for tests. */
export function captureIO(cwd = process.cwd()): { io: CliIO; stdout: () => string; stderr: () => string } {
  const sink = () => {
    let text = '';
    const stream = new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    });
    return { stream, text: () => text };
  };
  const out = sink();
  const err = sink();
  return { io: { stdout: out.stream, stderr: err.stream, cwd }, stdout: out.text, stderr: err.text };
}
