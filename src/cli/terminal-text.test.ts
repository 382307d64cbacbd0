import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { captureIO } from './run-command.test-helper';
import { terminalText } from './terminal-text';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const OSC_TITLE = '\x1b]0;pwned\x07';
const OSC_CLIPBOARD = '\x1b]52;c;ZWNobyBldmls\x07';

function capture() {
  const { io, stdout, stderr } = captureIO();
  return { io, text: () => stdout() + stderr() };
}

describe('terminalText', () => {
  it('shows C0 and C1 controls escaped and keeps tabs, newlines and other text', () => {
    expect(terminalText(`a${OSC_TITLE}b\r\u009b2J\tc\nd é`)).toBe('a\\x1B]0;pwned\\x07b\\x0D\\x9B2J\tc\nd é');
  });

  it('keeps control bytes from file names and feed titles out of everything the CLI prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-tty-'));
    const evilName = join(dir, `evil${OSC_TITLE}.txt`);
    writeFileSync(evilName, '');
    const feed = join(dir, 'feed.rss');
    writeFileSync(
      feed,
      `<rss><channel><title>Outlet</title><item><title>Hi ${OSC_CLIPBOARD.replace('\x1b', '&#27;').replace('\x07', '&#7;')}</title>` +
        `<description></description></item></channel></rss>`,
    );
    const build = capture();
    expect(await main(['build', evilName, feed, '-j', '0', '-o', join(dir, 'g.json')], build.io)).toBe(1);
    expect(build.text()).toContain('\\x1B]0;pwned\\x07');
    expect(build.text()).toContain('ingest/feed: item 1');
    expect(build.text()).not.toMatch(RAW_CONTROL);
    const unknown = capture();
    expect(await main([`x${OSC_TITLE}`], unknown.io)).toBe(2);
    expect(unknown.text()).not.toMatch(RAW_CONTROL);
    const exported = capture();
    const badGraph = join(dir, `graph${OSC_TITLE}.json`);
    writeFileSync(badGraph, `{"nodes": [${OSC_CLIPBOARD}`);
    expect(await main(['export', badGraph, '--format', 'json', '-o', '-'], exported.io)).toBe(1);
    expect(exported.text()).toContain('\\x1B]0;pwned');
    expect(exported.text()).not.toMatch(RAW_CONTROL);
  });
});
