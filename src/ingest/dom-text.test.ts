import { describe, expect, it } from 'vitest';
import { linkedomParsers } from './linkedom-parsers';
import { domText } from './dom-text';

const read = (html: string, base?: string) => domText(linkedomParsers.parseHtml(html).body!, base);

describe('domText', () => {
  it('collapses whitespace, separates blocks by a blank line and honours <br>', () => {
    expect(read('<p>  One\n  two </p><div>Three<br>four</div><ul><li>a</li><li>b</li></ul>').text).toBe(
      'One two\n\nThree\nfour\n\na\n\nb',
    );
  });

  it('skips scripts, styles and templates', () => {
    expect(read('<p>Kept</p><script>lost()</script><style>p{}</style><template><p>lost</p></template>').text).toBe(
      'Kept',
    );
  });

  it('records links by text offsets, including nested markup, and resolves relative hrefs', () => {
    const { text, links } = read(
      '<p>As <a href="/x"> the <b>Post</b> </a> said, and <a href="mailto:a@b">mail</a>.</p>',
      'https://site.example/a/',
    );
    expect(text).toBe('As the Post said, and mail.');
    expect(links).toEqual([{ href: 'https://site.example/x', text: 'the Post', start: 3, end: 11 }]);
  });

  it('drops relative links without a base and links without text', () => {
    expect(read('<p><a href="/x">rel</a> <a href="https://a.example/"><img src="i.png"></a></p>').links).toEqual([]);
  });
});
