import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChainManifest } from './chain-manifest';
import { readChainSet } from './chain-set-files';

const claim = {
  claim: 'the gates would stay shut',
  tests: ['nested-attribution'],
  outlets: ['Reuters'],
  primary: { label: 'police officials', kind: 'person' },
  disputers: [],
};
const manifest = (articles: unknown[]) => JSON.stringify({ version: 1, articles });

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-chains-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('parseChainManifest', () => {
  it('names the file and the first offending field', () => {
    expect(() => parseChainManifest('{', 'chains.json')).toThrow(/^eval\/chains: chains\.json: not valid JSON/);
    const badTest = manifest([{ file: 'a.txt', claims: [{ ...claim, tests: ['nesting'] }] }]);
    expect(() => parseChainManifest(badTest, 'chains.json')).toThrow(/chains\.json: articles\.0\.claims\.0\.tests\.0/);
    const noOutlets = manifest([{ file: 'a.txt', claims: [{ ...claim, outlets: [] }] }]);
    expect(() => parseChainManifest(noOutlets, 'm.json')).toThrow(/m\.json: articles\.0\.claims\.0\.outlets: /);
    const extra = manifest([{ file: 'a.txt', claims: [{ ...claim, primray: {} }] }]);
    expect(() => parseChainManifest(extra, 'm.json')).toThrow(/articles\.0\.claims\.0/);
  });
});

describe('readChainSet', () => {
  it('reads the articles as the text ingester does, with the manifest’s metadata and an id from the file', async () => {
    const dir = folder({
      'chains.json': manifest([{ file: 'gates.txt', meta: { outlet: 'Reuters' }, claims: [claim] }]),
      'gates.txt': 'Police officials said the gates would stay shut.\r\n',
    });
    const set = await readChainSet(dir);
    expect(set.articles).toHaveLength(1);
    expect(set.articles[0]!.input).toEqual({
      id: 'gates',
      text: 'Police officials said the gates would stay shut.\n',
      outlet: 'Reuters',
    });
  });

  it('refuses a folder with an article the manifest does not list', async () => {
    const dir = folder({
      'chains.json': manifest([{ file: 'gates.txt', claims: [claim] }]),
      'gates.txt': 'Police officials said the gates would stay shut.',
      'forgotten.txt': 'A spokesman said nothing.',
    });
    await expect(readChainSet(dir)).rejects.toThrow('eval/chains: chains.json does not list forgotten.txt');
  });
});
