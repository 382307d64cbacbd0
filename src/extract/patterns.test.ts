import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';

// One sentence per rule of news prose the extractor must know; [text, source, cue, content start].
const CASES: [string, string, string, string][] = [
  ['The minister said the plan was dead.', 'The minister', 'said', 'the plan'],
  ['"The plan is dead," said Finance Minister Ana Ruiz.', 'Finance Minister Ana Ruiz', 'said', '"The plan'],
  ['"The plan is dead," she said.', 'she', 'said', '"The plan'],
  ['According to court filings, the firm lost $2 million.', 'court filings', 'According to', 'the firm'],
  ['The firm lost $2 million, according to court filings.', 'court filings', 'according to', 'The firm'],
  ['Sources told the Herald that the talks had failed.', 'Sources', 'told', 'the talks'],
  ['Reuters reported on Friday that the talks had failed.', 'Reuters', 'reported', 'the talks'],
  ['U.S. officials believe the cartel exports 500 tons a year.', 'U.S. officials', 'believe', 'the cartel'],
  ['A new poll shows support for the measure slipping.', 'A new poll', 'shows', 'support'],
  ['The report found that emissions rose.', 'The report', 'found', 'emissions'],
  ['The claims were denied by the ministry.', 'the ministry', 'denied', 'The claims'],
  ['Jeff Rathke, the State Department spokesman, said the talks would resume.', 'Jeff Rathke', 'said', 'the talks'],
  ['People familiar with the matter said the deal was close.', 'People familiar with the matter', 'said', 'the deal'],
  ['The company, citing weak demand, said profits would fall.', 'The company', 'said', 'profits'],
  ['Water fills a street in the old town. Image: Jane Doe.', 'Jane Doe', 'Image', 'Water fills'],
];

describe('extractArticle on the patterns of news prose', () => {
  it.each(CASES)('%s', (text, source, cue, content) => {
    const hit = extractArticle({ text }).attributions.find((a) => a.source?.text === source && a.cue.text === cue);
    expect(
      hit,
      JSON.stringify(extractArticle({ text }).attributions.map((a) => [a.source?.text, a.cue.text])),
    ).toBeDefined();
    if (content) expect(hit!.content.text.startsWith(content)).toBe(true);
  });

  it('reads both sources of a coordinated subject', () => {
    const { attributions } = extractArticle({
      text: 'Both The Miami Herald and The Wall Street Journal reported that strikes were planned.',
    });
    expect(attributions.map((a) => a.source?.key)).toEqual(['outlet:miami-herald', 'outlet:wall-street-journal']);
  });

  it('takes a colon-introduced quotation on the next line as the content', () => {
    const text = 'The Journal reported:\nThe officials said a campaign would focus on the cartel.';
    const [first] = extractArticle({ text: `The Wall Street Journal ran the story.\n${text}` }).attributions;
    expect(first).toMatchObject({ source: { key: 'outlet:wall-street-journal' }, cue: { text: 'reported' } });
    expect(first!.content.text).toBe('The officials said a campaign would focus on the cartel.');
  });

  it('continues a quotation with the same speaker, and resolves surnames and pronouns', () => {
    const text =
      'Anna Kelly spoke first. "We are ready," Kelly said. "We have been for weeks." Later she said the plan had changed.';
    const found = extractArticle({ text }).attributions.map((a) => [a.source?.text, a.source?.key, a.content.text]);
    expect(found).toEqual([
      ['Kelly', 'person:anna-kelly', '"We are ready,"'],
      ['Kelly', 'person:anna-kelly', '"We have been for weeks."'],
      ['she', 'person:anna-kelly', 'the plan had changed'],
    ]);
  });

  it('keeps anonymous sources apart per citing outlet', () => {
    const text =
      'Officials told The Washington Post the strikes were near. Officials told The Miami Herald the strikes were far.';
    const keys = extractArticle({ text }).attributions.map((a) => a.source?.key);
    expect(keys).toEqual(['person:washington-post-officials', 'person:miami-herald-officials']);
  });
});
