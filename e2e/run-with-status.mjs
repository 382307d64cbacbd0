// Runs a long, chatty command (apt-get) showing only a brief running status, and its tail if it fails.
import { spawn } from 'node:child_process';

const TAIL = 15;
const EVERY_MS = 5000;

/**
 * On a terminal the latest output line overwrites itself in place; in a log (CI) a line is printed at most
 * every few seconds, so a hundred package names do not bury the test output. Resolves to true on exit 0.
 */
export function runWithStatus(command, args, { env = process.env, label = command } = {}) {
  const tty = Boolean(process.stdout.isTTY);
  const width = Math.max(40, (process.stdout.columns ?? 100) - 1);
  const tail = [];
  let lastShown = 0;
  const show = (line) => {
    const text = `  ${label}: ${line}`.slice(0, width);
    if (tty) process.stdout.write(`\r\x1b[K${text}`);
    else if (Date.now() - lastShown >= EVERY_MS) {
      console.log(text);
      lastShown = Date.now();
    }
  };
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const onData = (chunk) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.trim())) {
        tail.push(line);
        if (tail.length > TAIL) tail.shift();
        show(line.trim());
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let done = false;
    const finish = (ok, why) => {
      if (done) return; // a command that cannot start reports both 'error' and 'close'
      done = true;
      if (tty) process.stdout.write('\r\x1b[K');
      if (!ok) {
        const last = tail.length ? ['; its last lines:', ...tail.map((l) => `\n    ${l}`)] : [];
        console.error(`  ${label} failed (${why})${last.join('')}`);
      }
      resolve(ok);
    };
    child.on('error', (err) => finish(false, err.message));
    child.on('close', (code, signal) => finish(code === 0, signal ? `signal ${signal}` : `exit ${code}`));
  });
}
