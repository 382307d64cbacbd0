import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

let counter = 0;

/** A name beside the target (same folder, so same file system and the rename is atomic), hidden and unique. */
function tempPathFor(target: string): string {
  const tag = `${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
}

/**
 * Writes a file so that it is either wholly replaced or left as it was: the content goes to a temporary
 * file beside `target`, which is renamed over it only once every byte is written and the file closed.
 * On any failure (a writer that throws, disk full, a file-size limit) the temporary file is removed and
 * the error rethrown; `target` is untouched. `write` gets the stream and must not end it.
 */
export async function writeFileAtomic(target: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const temp = tempPathFor(target);
  const out = createWriteStream(temp, { flags: 'wx' });
  // An error while `write` is awaiting a drain would otherwise go unseen until `finished`.
  const failure = new Promise<never>((_resolve, reject) => out.once('error', reject));
  failure.catch(() => undefined);
  try {
    await Promise.race([write(out), failure]);
    out.end();
    await Promise.race([finished(out), failure]);
    await rename(temp, target);
  } catch (err) {
    out.destroy();
    await rm(temp, { force: true });
    throw err;
  }
}

/** `writeFileAtomic` for content already in memory. */
export function writeBytesAtomic(target: string, data: string | Uint8Array): Promise<void> {
  return writeFileAtomic(target, async (out) => {
    await new Promise<void>((resolve, reject) => out.write(data, (err) => (err ? reject(err) : resolve())));
  });
}
