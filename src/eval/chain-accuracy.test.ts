import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../model';
import type { PathNode } from '../query';
import { judgePath, comparableName, scoreChainSet } from './chain-accuracy';
import type { ExpectedClaim } from './chain-manifest';
import { chainReportJson, chainReportText } from './chain-report';
import type { ChainSet } from './chain-set-files';

const node = (kind: NodeKind, label: string, aliases: string[] = [], key = `${kind}:${label}`): PathNode => ({
  key,
  kind,
  label,
  aliases,
  anonymous: false,
  cue: null,
});

const expected = (over: Partial<ExpectedClaim> = {}): ExpectedClaim => ({
  claim: 'ordered an audit',
  tests: ['nested-attribution'],
  outlets: ['The Gateway Pundit', 'The Washington Post'],
  primary: { label: 'internal emails', kind: 'document' },
  disputers: [],
  ...over,
});

const pundit = node('outlet', 'The Gateway Pundit', ['Gateway Pundit']);
const post = node('outlet', 'The Washington Post', ['Washington Post']);
const article = node('article', 'The mayor ordered an audit…');
const emails = node('document', 'internal emails');

describe('judgePath', () => {
  it('wants exactly the expected outlets in order, matched by label or alias', () => {
    expect(judgePath(expected(), [pundit, article, post, emails], []).outlets).toBe(true);
    const byAlias = expected({ outlets: ['Gateway Pundit', 'washington post'] });
    expect(judgePath(byAlias, [pundit, article, post, emails], []).outlets).toBe(true);
    expect(judgePath(expected(), [pundit, article, emails], []).outlets).toBe(false);
    const herald = node('outlet', 'Miami Herald');
    expect(judgePath(expected(), [pundit, article, post, herald, emails], []).outlets).toBe(false);
    expect(
      judgePath(
        expected({ outlets: ['The Washington Post', 'The Gateway Pundit'] }),
        [pundit, article, post, emails],
        [],
      ).outlets,
    ).toBe(false);
  });

  it('counts an outlet met twice in a row once (a publisher that obtained the documents itself)', () => {
    const own = expected({ outlets: ['The Washington Post'] });
    expect(judgePath(own, [post, article, post, emails], []).outlets).toBe(true);
  });

  it('wants the path to end at the primary source, by label or `also`, and of its kind when given', () => {
    expect(judgePath(expected(), [pundit, article, post, emails], []).primary).toBe(true);
    expect(judgePath(expected(), [pundit, article, post], []).primary).toBe(false);
    const memo = node('document', 'Memos');
    expect(judgePath(expected({ primary: { label: 'emails', also: ['the memos'] } }), [pundit, memo], []).primary).toBe(
      true,
    );
    const person = node('person', 'internal emails');
    expect(judgePath(expected(), [pundit, article, post, person], []).primary).toBe(false);
    expect(judgePath(expected(), [], []).primary).toBe(false);
  });

  it('wants every expected disputer among the claim’s, and tolerates more', () => {
    const board = { kind: 'organization' as const, names: ['harbour board', 'the harbour board'] };
    const mayor = { kind: 'person' as const, names: ['Ana Ruiz'] };
    const want = expected({ disputers: [{ label: 'Harbour Board' }] });
    expect(judgePath(want, [], [mayor, board]).disputers).toBe(true);
    expect(judgePath(want, [], [mayor]).disputers).toBe(false);
    expect(judgePath(expected(), [], []).disputers).toBe(true);
  });
});

describe('comparableName', () => {
  it('ignores case, curly quotes, spacing and a leading article', () => {
    expect(comparableName('  The  Board’s  Thinking ')).toBe("board's thinking");
    expect(comparableName('An unnamed official')).toBe('unnamed official');
    expect(comparableName('Theodor')).toBe('theodor');
  });
});

describe('scoreChainSet', () => {
  const text = [
    'The mayor of Dunmore ordered an audit of the harbour board, according to internal emails obtained by The Washington Post.',
    'The harbour board denied that it had been told of the audit. It dismissed the report as "a fishing expedition."',
    'Police officials said the harbour gates would stay shut until Friday.',
  ].join('\n\n');
  const set: ChainSet = {
    name: 'tiny',
    articles: [
      {
        file: 'harbour.txt',
        input: { id: 'harbour', text, outlet: 'The Gateway Pundit' },
        claims: [
          expected({ tests: ['nested-attribution', 'stance'], disputers: [{ label: 'harbour board' }] }),
          expected({ claim: 'gates would stay shut', primary: { label: 'police officials' } }),
          expected({ claim: 'tide tables', tests: ['quoted-block'] }),
        ],
      },
    ],
  };
  const report = scoreChainSet(set);

  it('builds the article and judges each expected claim on the paths of the claims containing its fragment', () => {
    expect(report.outcomes.map((o) => o.right)).toEqual([true, false, false]);
    const shut = report.outcomes[1]!;
    expect(shut.found).toBe(1);
    expect(shut.best?.verdict).toEqual({ outlets: false, primary: true, disputers: true });
    expect(shut.best?.path.map((n) => n.label)).toContain('police officials');
    expect(report.outcomes[2]).toMatchObject({ found: 0, best: null, right: false });
  });

  it('tallies overall and per construction', () => {
    expect(report.overall).toEqual({ right: 1, total: 3 });
    expect(report.byConstruction['nested-attribution']).toEqual({ right: 1, total: 2 });
    expect(report.byConstruction.stance).toEqual({ right: 1, total: 1 });
    expect(report.byConstruction['quoted-block']).toEqual({ right: 0, total: 1 });
    expect(report.byConstruction['publisher-line']).toEqual({ right: 0, total: 0 });
  });

  it('prints the figures and each wrong claim with what was expected and got', () => {
    const out = chainReportText(report);
    expect(out).toMatch(/^Chains: tiny \(1 articles, 3 claims\): 1\/3 right \(33\.3 %\)/);
    expect(out).toMatch(/nested-attribution\s+1\/2\s+50\.0 %/);
    expect(out).toContain('harbour: "gates would stay shut"');
    expect(out).toContain('expected: The Gateway Pundit → The Washington Post → police officials');
    expect(out).toMatch(/got: +The Gateway Pundit → \[article\] → police officials \(person\) +\[wrong: outlets\]/);
    expect(out).toContain('got:      no claim contains the fragment');
    expect(out).not.toContain('"ordered an audit"');
    // A held-out set: the figures, not its wrong claims.
    const held = chainReportText(report, false);
    expect(held).toMatch(/nested-attribution\s+1\/2\s+50\.0 %/);
    expect(held).toContain('(2 wrong claims, held out: not listed)');
    expect(held).not.toContain('gates would stay shut');
  });

  it('gives the same as JSON, with the accuracy', () => {
    const json = chainReportJson(report);
    expect(json.overall.accuracy).toBeCloseTo(1 / 3);
    expect(json.wrong.map((w) => w.claim)).toEqual(['gates would stay shut', 'tide tables']);
    expect(json.wrong[0]!.got?.path[0]).toBe('The Gateway Pundit');
  });
});
