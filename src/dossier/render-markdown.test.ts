import { describe, expect, it } from 'vitest';
import { echoStory } from '../test-support/echo-story';
import { buildDossier } from './build-dossier';
import type { Dossier } from './dossier-types';
import { markdownCode } from './escape';
import { renderDossierMarkdown } from './render-markdown';

/** Splits a Markdown line into code-span contents and the prose around them, by CommonMark's rule. */
function spansOf(line: string): { code: string[]; prose: string } {
  const code: string[] = [];
  let prose = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      prose += line.slice(i, i + 2); // an escaped character, never a fence
      i += 2;
      continue;
    }
    const open = /^`+/.exec(line.slice(i))?.[0];
    if (!open) {
      prose += line[i++];
      continue;
    }
    // The span closes at the next run of exactly the same length; without one the backticks are text.
    const close = new RegExp(`(?<!\`)${open}(?!\`)`, 'g');
    close.lastIndex = i + open.length;
    const end = close.exec(line);
    if (!end) {
      prose += open;
      i += open.length;
      continue;
    }
    const inner = line.slice(i + open.length, end.index);
    code.push(/^ .*[^ ].* $/.test(inner) ? inner.slice(1, -1) : inner);
    i = end.index + open.length;
  }
  return { code, prose };
}

const HOSTILE_KEYS = [
  'claim:x\n\n<img src=x onerror=alert(1)>',
  'claim:``a`b``',
  '`claim:edge`',
  'claim:<script>alert(1)</script>',
];

function withDecision(target: string[], text: string): Dossier {
  const s = echoStory();
  const dossier = buildDossier(s.graph, s.claim);
  return {
    ...dossier,
    decisions: [{ id: 'd1', action: 'reject', target, reason: text, applied: false, note: text }],
  };
}

describe('Markdown dossier with hostile keys and labels', () => {
  it('keeps every key inside one code span, exactly as written, and no HTML outside it', () => {
    for (const key of HOSTILE_KEYS) {
      const md = renderDossierMarkdown(withDecision([key], 'why\n\n<b>bold</b> `tick`'));
      const lines = md.split('\n');
      const entry = lines.filter((l) => l.startsWith('- reject '));
      expect(entry, key).toHaveLength(1);
      const { code, prose } = spansOf(entry[0]!);
      expect(code, key).toEqual([key.replace(/\s+/g, ' ')]);
      expect(prose, key).not.toMatch(/[<>]/);
      // Nothing after the entry: the hostile text did not spill onto lines of its own.
      expect(lines.slice(lines.indexOf(entry[0]!) + 1).filter(Boolean), key).toEqual([]);
    }
  });

  it('leaves no raw HTML or unescaped code span anywhere in the document', () => {
    const md = renderDossierMarkdown(withDecision(HOSTILE_KEYS, '<iframe src=x>'));
    for (const line of md.split('\n')) expect(spansOf(line).prose).not.toMatch(/<[a-z!/?]/i);
  });

  it('fences code spans one backtick longer than any run inside', () => {
    expect(markdownCode('a ``` b')).toBe('````a ``` b````');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode(' line\n\nbreak ')).toBe('`line break`');
    expect(markdownCode('')).toBe('');
  });
});
