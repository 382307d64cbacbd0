import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-article';

const keysOf = (text: string) => extractFacts({ text }, { typer: false }).mentions.map((m) => [m.text, m.key]);

describe('pronoun and "the company" mentions', () => {
  it('gives "he" and "his" to the most mentioned person of the last few', () => {
    const text = 'Oren Vasko built the mill. Vasko sold timber to Ida Marsh. Later his sons ran it, and he retired.';
    const keys = keysOf(text);
    expect(keys).toContainEqual(['his', 'person:oren-vasko']);
    expect(keys).toContainEqual(['he', 'person:oren-vasko']);
    // "it" is no mention: recency alone resolves it too badly.
    expect(keys.map((k) => k[0])).not.toContain('it');
  });

  it('resolves "the company" and "the newspaper" to the organisation and outlet last named', () => {
    const text =
      'Brindle Freight Holdings opened a depot, and The New York Times wrote about it. Workers said the company paid late, and the newspaper agreed.';
    const keys = keysOf(text);
    expect(keys).toContainEqual(['the company', 'organization:brindle-freight-holdings']);
    expect(keys).toContainEqual(['the newspaper', 'outlet:new-york-times']);
  });

  it('changes no attribution', () => {
    const text = 'Oren Vasko built the mill. He said his sons would run it.';
    const { attributions } = extractFacts({ text }, { typer: false });
    expect(attributions.map((a) => a.source?.key)).toEqual(['person:oren-vasko']);
  });
});
