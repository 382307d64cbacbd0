import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgKeyName } from './entity-form';
import { closeUpAround, stripTrailingJoiner } from './linear-trim';
import { extractArticle } from '../corpus';

// The regexes these functions replaced: on short strings they are fast, and the hand-written scans must agree.
const OLD_JOINER = /[\s,;:\u2014\u2013-]*(\b(and|but|while|as)\b)?[\s,;:\u2014\u2013-]*$/;
const OLD_LEGAL = /(?:\s+|,\s*)(?:inc|corp|co|ltd|llc|llp|lp|plc|sa|s\.a|ag|gmbh|nv|bv|spa|pty)\.?$/i;
const pieces = (...words: string[]) =>
  fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => parts.join(''));
const joinerText = pieces('and', 'but', 'as', 'while', 'band', 'ñas', 'x', ' ', '\t', ',', ';', '\u2014', '-', '.');
const nameText = pieces('Inc', 'inc.', 'Co', 'S.A', 'llp', 'lp', 'Norvane', 'x', ' ', '  ', ',', '.', '-', '/', '&');

describe('linear trimming agrees with the regexes it replaced', () => {
  const agrees = (text: fc.Arbitrary<string>, fast: (s: string) => string, old: (s: string) => string) =>
    fc.assert(fc.property(text, (s) => fast(s) === old(s)));

  it('stripTrailingJoiner', () => {
    agrees(joinerText, stripTrailingJoiner, (s) => s.replace(OLD_JOINER, ''));
    expect(stripTrailingJoiner('the talks failed, but ')).toBe('the talks failed');
  });

  it('closeUpAround', () => {
    agrees(
      nameText,
      (s) => closeUpAround(s, '-./&'),
      (s) => s.replace(/\s*([-./&])\s*/g, '$1'),
    );
    expect(closeUpAround('Dow - Jones', '-')).toBe('Dow-Jones');
  });

  it('orgKeyName', () => {
    agrees(nameText, orgKeyName, (s) => s.replace(OLD_LEGAL, '') || s);
    expect(orgKeyName('Norvane Lithium Corp.')).toBe('Norvane Lithium');
  });
});

// Issue 10 row 1: the old trailing-joiner regex was cubic in a blank run before the next speaker's clause.
describe('content clipping on a long run of blanks', { timeout: 60_000 }, () => {
  it('clips two speakers of one sentence apart in under 5 s across a 5,000-blank run (37 s before)', () => {
    const text = `Officials said the talks${' '.repeat(5_000)}failed, but Ambassador Mohib says the deal is off.`;
    const started = performance.now();
    const { attributions } = extractArticle({ text });
    expect(performance.now() - started).toBeLessThan(5_000);
    const officials = attributions.find((a) => a.source?.text === 'Officials');
    expect(officials?.content.text.endsWith('failed')).toBe(true);
  });
});
