import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-article';

const mentionsOf = (text: string) => extractFacts({ text }).mentions.map((m) => [m.text, m.kind, m.key]);

describe('entity mentions of an extraction', () => {
  it('lists names with their entity, surnames with the full name, and places without a trailing date', () => {
    expect(mentionsOf('Ana Ruiz flew to Norway on Friday. Ruiz said the talks in Oslo had failed.')).toEqual([
      ['Ana Ruiz', 'person', 'person:ana-ruiz'],
      ['Norway', 'place', 'place:norway'],
      ['Ruiz', 'person', 'person:ana-ruiz'],
      ['Oslo', 'place', 'place:oslo'],
    ]);
  });

  it('keeps one mention of a source phrase the name scan also found', () => {
    const spans = extractFacts({ text: 'The Associated Press reported that the vote was close.' }).mentions;
    expect(spans.map((m) => m.text)).toEqual(['The Associated Press']);
  });
});

describe('lower-case words before a name', () => {
  it('are no part of it, so the surname after them meets the full name', () => {
    const text = 'Eugene Nida wrote books. In later years Nida taught at home, with his friend Ivo Brask.';
    const mentions = extractFacts({ text }).mentions;
    const named = mentions.filter((m) => m.text.includes('Nida')).map((m) => m.key);
    expect(named).toEqual(['person:eugene-nida', 'person:eugene-nida']);
    expect(mentions.map((m) => m.key)).toContain('person:ivo-brask');
  });

  it('keep name particles', () => {
    const keys = extractFacts({ text: 'Lena du Motel said the hall was full.' }).mentions.map((m) => m.key);
    expect(keys).toContain('person:lena-du-motel');
  });
});
