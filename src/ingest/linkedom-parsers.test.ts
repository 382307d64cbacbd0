import { describe, expect, it } from 'vitest';
import { estimateNesting, linkedomParsers } from './linkedom-parsers';

describe('estimateNesting', () => {
  it('measures depth on a stack of open names: a close pops back to its match, closing those inside', () => {
    expect(estimateNesting('<div><span><b>x</div>'.repeat(5_000))).toBe(3);
    expect(estimateNesting('<div><section><div><i>x</div></section></div>')).toBe(4);
  });

  it('ignores close tags with no open element of that name, and opens "<div/>" as HTML does', () => {
    expect(estimateNesting('<div>'.repeat(3_000) + '</i>'.repeat(3_000))).toBe(3_000);
    expect(estimateNesting('<div/>'.repeat(3_000))).toBe(3_000);
  });

  it('does not count void and sibling-closed tags, self-closed svg shapes, comments or script text', () => {
    const page =
      '<ul><li>a<li>b</ul><p>one<p>two<br/><img src="x.png">' +
      `<svg>${'<path d="M0"/>'.repeat(3_000)}</svg>` +
      `<!--${'<div>'.repeat(3_000)}--><script>var s = "${'<div>'.repeat(3_000)}";</SCRIPT>`;
    expect(estimateNesting(page)).toBe(1);
  });

  it('honours "<x/>" and case in XML, and skips CDATA', () => {
    expect(estimateNesting(`<rss><channel>${'<item/>'.repeat(3_000)}</channel></rss>`, 'xml')).toBe(2);
    expect(estimateNesting(`<feed><entry><![CDATA[${'<div>'.repeat(3_000)}]]></entry></feed>`, 'xml')).toBe(2);
    expect(estimateNesting('<a><A></a>', 'xml')).toBe(2);
  });
});

// Issue 10 row 5: stray close tags and "<div/>" used to pass the guard, and linkedom then took 49 s.
describe('the nesting guard on hostile markup', { timeout: 120_000 }, () => {
  const refusedFast = (markup: string) => {
    const started = performance.now();
    expect(() => linkedomParsers.parseHtml(markup)).toThrow(/^elements nested \d+ deep; the limit is 2000$/);
    expect(performance.now() - started).toBeLessThan(5_000);
  };

  it('refuses 200k "<div></i>" (1.8 MB) in well under 5 s', () => refusedFast('<div></i>'.repeat(200_000)));
  it('refuses 200k "<div/>" in well under 5 s', () => refusedFast('<div/>'.repeat(200_000)));

  it('still parses a real page', () => {
    const doc = linkedomParsers.parseHtml('<p>One.<p>Two.<div><span>Three.</div>');
    expect(doc.body?.textContent).toBe('One.Two.Three.');
  });
});
