import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-article';
import { analyseText, splitBlocks } from './nlp';

const entitiesOf = (text: string) => extractFacts({ text }).facts.entities;
const labels = (text: string) => entitiesOf(text).map((e) => e.label);

describe('names read from their shape and their article', () => {
  it('meets a surname written with another apostrophe than the full name', () => {
    const text = "Former Governor Dara O’Kelly is running. “It is time,” O’Kelly said. O'Kelly said it again.";
    const kelly = entitiesOf(text).filter((e) => /Kelly/.test(e.label));
    expect(kelly.map((e) => [e.kind, e.label])).toEqual([['person', 'Dara O’Kelly']]);
  });

  it('starts a name after a lower-case title and its complement', () => {
    const text = 'The former secretary of State Mira Tollan said the treaty would fail.';
    const tollan = entitiesOf(text).find((e) => e.label.endsWith('Tollan'));
    expect(tollan?.label).toBe('Mira Tollan');
    const ruiz = entitiesOf('Minister of Defence Ana Ruiz said the plan was sound.')[0];
    expect([ruiz?.label, ruiz?.role, ruiz?.anonymous]).toEqual(['Ana Ruiz', 'Minister of Defence', false]);
  });

  it('reads a title with a short complement as a described person, not the complement', () => {
    const mayor = entitiesOf('The mayor of Ostrevia said the port would reopen.');
    expect(mayor.map((e) => [e.kind, e.label, e.anonymous])).toEqual([['person', 'mayor of Ostrevia', true]]);
    const close = entitiesOf('People close to Dara Holm said she was tired.');
    expect(close.find((e) => e.anonymous)?.label).toBe('people close to Dara Holm');
  });

  it('reads two names hyphen-joined before a noun as a modifier, not a person', () => {
    const text = 'Dara Holm met Ivo Brask on Friday. The Holm-Brask plan failed, Brask said.';
    expect(labels(text)).not.toContain('Holm-Brask');
    // A double surname stays a name.
    expect(labels('Daniel Bailey-Ross said the study held.')).toContain('Daniel Bailey-Ross');
  });

  it('makes no entity of a weekday, an event or a group described by its members', () => {
    const text =
      'On Monday the Calvera National Convention opened. Aides to Holm said the vote would be close. Dara Holm agreed.';
    const found = entitiesOf(text);
    expect(found.map((e) => e.label)).not.toContain('Monday');
    expect(found.map((e) => e.label)).not.toContain('Calvera National Convention');
    const aides = found.find((e) => e.label === 'aides to Holm');
    expect(aides?.anonymous).toBe(true);
  });

  it('ends a sentence on a name ending in a day’s abbreviation', () => {
    const text = 'The fire spread, according to the Valdane Sun. Holm said it was out. He met her on Sun. at noon.';
    const sentences = [...analyseText(text, splitBlocks(text))].map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toBe('The fire spread, according to the Valdane Sun.');
    expect(sentences[1]).toBe('Holm said it was out.');
    expect(labels(text)).toContain('Valdane Sun');
  });

  it('makes no outlet of a lone generic word, and no person of an acronym', () => {
    expect(labels('“We live in a world where TV shows never die,” said Dara Holm.')).toEqual(['Dara Holm']);
    const vrl = entitiesOf('VRL said it would strike again. VRL said so twice.').find((e) => e.label === 'VRL');
    expect(vrl?.kind).toBe('organization');
  });

  it('reads a title after name words as a role, not a name', () => {
    const text = '“I think so,” said Bruce Hough, the Republican National Committeeman from Utah.';
    expect(labels(text)).toEqual(['Bruce Hough']);
  });
});
