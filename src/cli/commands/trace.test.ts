import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIO } from '../run-command.test-helper';

async function cli(args: string[], cwd: string) {
  const { io, stdout, stderr } = captureIO(cwd);
  const code = await main(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

// An invented story: the Ledger reports what officials told it; a spokeswoman disputes it.
const article = JSON.stringify({
  id: 'ledger-1',
  outlet: 'The Northern Ledger',
  text:
    'Officials at the port authority told the Ledger that the Calvera dock would close in May. ' +
    'A spokeswoman for the port, Ana Ruiz, denied that the dock would close.',
});

describe('sourcetrace trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-trace-'));
  writeFileSync(join(dir, 'story.jsonl'), article + '\n');

  it('prints each path from the publishing outlet to a primary source as JSON', async () => {
    const { code, stdout } = await cli(['trace', 'story.jsonl', '--claim', 'DOCK WOULD CLOSE IN MAY', '--json'], dir);
    expect(code).toBe(0);
    const { claims } = JSON.parse(stdout) as {
      claims: { text: string; paths: { key: string; kind: string }[][]; primary: { status: string }[] }[];
    };
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toMatch(/dock would close in May/);
    const path = claims[0]!.paths[0]!;
    expect(path[0]!.kind).toBe('outlet');
    expect(path.at(-1)!.kind).toBe('person');
    expect(claims[0]!.primary.map((p) => p.status)).toContain('anonymous');
  });

  it('prints a readable tree by default', async () => {
    const { code, stdout } = await cli(['trace', 'story.jsonl', '--claim', 'close in May'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^claim: .*close in May/m);
    expect(stdout).toMatch(/→ \[told\] /);
    expect(stdout).toMatch(/primary: .*\(anonymous\)/);
  });

  it('exits 1 with a message when no claim matches, and 2 without --claim', async () => {
    const none = await cli(['trace', 'story.jsonl', '--claim', 'zebra'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no claim contains "zebra"/);
    expect((await cli(['trace', 'story.jsonl'], dir)).code).toBe(2);
    const help = await cli(['trace', '--help'], dir);
    expect(help.stdout).toMatch(/--claim TEXT/);
  });
});
