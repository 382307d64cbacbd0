import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A static check for the regex shapes that backtrack badly on a long run of one character class.
// Heuristic, not a proof: it flags shapes, and a shape that is safe where it is used goes in ALLOWED
// with the reason. The runtime budgets (adversarial-input.test.ts in src/extract and src/ingest) are
// the real check; this one catches a new dangerous literal before anyone writes a test for it.
const SRC = join(__dirname, '..');
const CLASS = String.raw`(?:\\[sSwWdD.]|\[(?:[^\]\\]|\\.)*\]|\.)`;
const SHAPES: Record<string, RegExp> = {
  // (a+)+, (\s*x)*: a quantified group holding a quantifier.
  'nested quantifier': new RegExp(String.raw`\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]`),
  // \s*…\s*, [\s,]*(and)?[\s,]*: two quantified classes with only optional matter between them.
  'adjacent quantified classes': new RegExp(`${CLASS}[+*](?:\\((?:[^()]|\\([^()]*\\))*\\)\\?)?${CLASS}[+*]`),
  // [\s.]+$ unanchored: every start inside a run not at the end rescans the run.
  'unanchored run before $': new RegExp(`^(?!\\^).*${CLASS}[+*]\\$`),
  // \s*-, \s+(?:inc|…): a run that must be followed by something, tried from every position of the run.
  'leading run then more': new RegExp(`^${CLASS}[+*](?!$)`),
};

/** Where a flagged literal may stay, and why it cannot blow up there. */
const ALLOWED: Record<string, string> = {
  // e.g. 'ingest/detect-format.ts /\\n\\s*\\{/': 'runs on the first 2,048 characters only',
  'corpus/person-names.ts /^\\p{Lu}[\\p{Lu}.]+(?:\\s':
    'anchored at ^, each repetition starts with one blank the inner class cannot match (one way to split), and it runs on node labels only',
};

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name)) yield path;
  }
}

function regexLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('regex literals in src/', { timeout: 60_000 }, () => {
  it('have no backtracking-prone shape outside the reviewed list', () => {
    const flagged: string[] = [];
    for (const path of files(SRC)) {
      for (const literal of regexLiterals(path)) {
        const body = literal.slice(1, literal.lastIndexOf('/'));
        for (const [shape, test] of Object.entries(SHAPES)) {
          const where = `${relative(SRC, path)} ${literal}`;
          if (test.test(body) && !Object.keys(ALLOWED).some((k) => where.startsWith(k)))
            flagged.push(`${shape}: ${where}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });

  it('flags the shapes it is meant to', () => {
    const shapeOf = (body: string) => Object.keys(SHAPES).filter((k) => SHAPES[k]!.test(body));
    expect(shapeOf(String.raw`[\s,;:\u2014\u2013-]*(\b(and|but|while|as)\b)?[\s,;:\u2014\u2013-]*$`)).toContain(
      'adjacent quantified classes',
    );
    expect(shapeOf('(a+)+b')).toContain('nested quantifier');
    expect(shapeOf(String.raw`[\s.,;:!?]+$`)).toContain('unanchored run before $');
    expect(shapeOf(String.raw`\s*-\s*`)).toContain('leading run then more');
    expect(shapeOf(String.raw`\s+`)).toEqual([]);
    expect(shapeOf(String.raw`^by\s+`)).toEqual([]);
  });
});
