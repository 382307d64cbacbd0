import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

const text = 'The minister told reporters that the talks had failed.';
const gold = (id: string) =>
  JSON.stringify({
    id,
    text,
    attributions: [{ sourceSpan: [0, 12], cueSpan: [13, 17], contentSpan: [28, 53], type: 'indirect' }],
  });

// Each case runs the extractor over real sets; on a busy two-core machine that takes well over 5 s.
describe('sourcetrace eval', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-eval-'));
  writeFileSync(join(dir, 'a.jsonl'), gold('a') + '\n');
  writeFileSync(join(dir, 'b.jsonl'), gold('b') + '\n');

  it('scores every set it is given, the first one too', async () => {
    const { code, stdout } = await cli(['eval', 'a.jsonl', 'b.jsonl'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^a\.jsonl\s/m);
    expect(stdout).toMatch(/^b\.jsonl\s/m);
  });

  it('keeps the sets around --json', async () => {
    const { code, stdout } = await cli(['eval', 'a.jsonl', '--json', 'b.jsonl'], dir);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout).sets)).toEqual(['a.jsonl', 'b.jsonl']);
  });

  it('scores entity mentions of a set that has them, and of one given them by id with --entity-gold', async () => {
    const named = 'Ilse Varga said the levee held. Varga said it again.';
    const entities = [
      { span: [0, 10], type: 'person', group: '1' },
      { span: [32, 37], type: 'person', group: '1' },
    ];
    const rec = (withEntities: boolean) =>
      JSON.stringify({ id: 'varga', text: named, attributions: [], ...(withEntities ? { entities } : {}) });
    writeFileSync(join(dir, 'annotated.jsonl'), rec(true) + '\n');
    writeFileSync(join(dir, 'plain.jsonl'), rec(false) + '\n');
    const own = await cli(['eval', 'annotated.jsonl'], dir);
    expect(own.stdout).toMatch(/Entities: annotated\.jsonl \(1 documents/);
    expect(own.stdout).toMatch(/typing accuracy 1\.000/);
    const bare = await cli(['eval', 'plain.jsonl'], dir);
    expect(bare.stdout).not.toMatch(/Entities:/);
    const joined = await cli(['eval', 'plain.jsonl', '--entity-gold', 'annotated.jsonl', '--json'], dir);
    expect(JSON.parse(joined.stdout).sets['plain.jsonl'].entities.coreference.muc.f).toBe(1);
  });

  it('scores a brat standoff folder as a set', async () => {
    const brat = join(dir, 'brat');
    mkdirSync(join(brat, 'text'), { recursive: true });
    mkdirSync(join(brat, 'attributions'));
    writeFileSync(join(brat, 'text', 'talks.txt'), text);
    const ann = [
      'T1\tSource 0 12\tThe minister',
      'T2\tCue 13 17\ttold',
      'T3\tContent 28 53\tx',
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
    ];
    writeFileSync(join(brat, 'attributions', 'talks_ab12.ann'), ann.join('\n'));
    const { code, stdout } = await cli(['eval', 'brat', '--json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sets.brat.scores.source.exact).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('cross-validates the tagger inside a PolNeAR-like folder with --polnear', async () => {
    const brat = join(dir, 'polnear');
    mkdirSync(join(brat, 'text'), { recursive: true });
    mkdirSync(join(brat, 'attributions'));
    const ann = [
      'T1\tSource 0 12\tThe minister',
      'T2\tCue 13 17\ttold',
      'T3\tContent 28 53\tx',
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
    ];
    for (const name of ['a', 'b', 'c', 'd']) {
      writeFileSync(join(brat, 'text', `${name}.txt`), text);
      writeFileSync(join(brat, 'attributions', `${name}_ab12.ann`), ann.join('\n'));
    }
    const { code, stdout } = await cli(['eval', '--polnear', 'polnear', '--folds', '2', '--json'], dir);
    expect(code).toBe(0);
    const cv = JSON.parse(stdout).polnearCrossValidation as { name: string; scores: { source: { exact: object } } }[];
    expect(cv.map((v) => v.name)).toContain('rules + model');
    expect(cv.find((v) => v.name === 'rules')!.scores.source.exact).toEqual({ tp: 4, predicted: 4, gold: 4 });
    // Training on GUM's train set inside each fold takes tens of seconds on a busy two-core machine.
  }, 180_000);

  it('scores chain accuracy on a chain set with --chains, as text and in --json', async () => {
    const chains = join(dir, 'chains');
    mkdirSync(chains);
    const article =
      'The mayor of Dunmore ordered an audit of the harbour board, according to internal emails obtained by The Washington Post.';
    writeFileSync(join(chains, 'audit.txt'), article);
    const claim = (fragment: string, primary: string) => ({
      claim: fragment,
      tests: ['nested-attribution'],
      outlets: ['The Gateway Pundit', 'The Washington Post'],
      primary: { label: primary },
      disputers: [],
    });
    const claims = [claim('ordered an audit', 'internal emails'), claim('tide tables', 'harbour master')];
    const manifest = { version: 1, articles: [{ file: 'audit.txt', meta: { outlet: 'The Gateway Pundit' }, claims }] };
    writeFileSync(join(chains, 'chains.json'), JSON.stringify(manifest));
    const text = await cli(['eval', '--chains', 'chains'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Chains: chains \(1 articles, 2 claims\): 1\/2 right \(50\.0 %\)/m);
    expect(text.stdout).toMatch(
      /audit: "tide tables"[^\n]*\n +expected: [^\n]*harbour master\n +got: +no claim contains/,
    );
    const json = await cli(['eval', 'a.jsonl', '--chains', 'chains', '--json'], dir);
    const figures = JSON.parse(json.stdout);
    expect(Object.keys(figures.sets)).toEqual(['a.jsonl']);
    expect(figures.chains.overall).toEqual({ right: 1, total: 2, accuracy: 0.5 });
    expect(figures.chains.byConstruction['nested-attribution']).toEqual({ right: 1, total: 2 });
    expect(figures.chains.wrong).toMatchObject([{ file: 'audit.txt', claim: 'tide tables', got: null }]);
    // Given twice (a tuned-on set and a fresh one), each set is scored and printed.
    const twice = await cli(['eval', '--chains', 'chains', '--chains', 'chains'], dir);
    expect(twice.stdout.match(/^Chains: chains /gm)).toHaveLength(2);
  }, 30_000);

  it('refuses --chains without a folder', async () => {
    const { code } = await cli(['eval', 'a.jsonl', '--chains'], dir);
    expect(code).toBe(2);
  });

  it('refuses --folds below two', async () => {
    const { code } = await cli(['eval', '--polnear', 'polnear', '--folds', '1'], dir);
    expect(code).toBe(2);
  });
});
