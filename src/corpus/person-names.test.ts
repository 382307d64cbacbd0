import { describe, expect, it } from 'vitest';
import { cleanPersonName, commonWordsIn, isGroupLabel, withoutInitials } from './person-names';

const clean = (label: string, common: string[] = []) => cleanPersonName(label, new Set(common));

describe('cleanPersonName', () => {
  it('moves titles and descriptors to the role and keeps the name', () => {
    expect(clean('presidential nominee Mara Quill')).toEqual({
      words: ['mara', 'quill'],
      label: 'Mara Quill',
      role: 'presidential nominee',
    });
    expect(clean('Republican Mara Quill')?.label).toBe('Mara Quill');
    expect(clean('Sen. Tobias Wren')).toEqual({ words: ['tobias', 'wren'], label: 'Tobias Wren', role: 'Sen.' });
    expect(clean('House Speaker Ilse Brand')?.label).toBe('Ilse Brand');
    expect(clean('Former House speaker Ilse Brand')?.label).toBe('Ilse Brand');
  });

  it('drops possessives, datelines and glued months; folds all-capitals names', () => {
    expect(clean('Quill’s')?.label).toBe('Quill');
    expect(clean("Mara Quill's")?.label).toBe('Mara Quill');
    expect(clean('LAKEPORT-Mara Quill')?.label).toBe('Mara Quill');
    expect(clean('August Quill')?.label).toBe('Quill');
    expect(clean('MARA QUILL')?.label).toBe('Mara Quill');
  });

  it('keeps particles inside a name and middle initials in the words', () => {
    expect(clean('Anouk de Vries')?.words).toEqual(['anouk', 'de', 'vries']);
    expect(withoutInitials(['mara', 'j.', 'quill'])).toEqual(['mara', 'quill']);
    expect(withoutInitials(['mara', 'jo', 'quill'])).toEqual(['mara', 'jo', 'quill']);
  });

  it('strips words the corpus writes in lower case, but not the last one', () => {
    expect(clean('Absent Quill', ['absent'])?.label).toBe('Quill');
    expect(clean('Absent', ['absent'])).toBeNull();
  });

  it('refuses phrases that are not one name', () => {
    expect(clean('presumptive Republican')).toBeNull();
    expect(clean('Wren blasts Quill')).toBeNull();
    expect(clean('Wren to Mara Quill')).toBeNull();
    expect(clean("Mara Quill's longtime confidant Oskar Lund")?.label).toBe('Oskar Lund');
  });
});

describe('commonWordsIn', () => {
  it('counts lower-case uses against capitalised ones inside sentences, not at their start', () => {
    const texts = [
      'Absent a deal, they left. The vote was absent. He was absent. She is absent too.',
      'Bill Ames and Bill Ray met. The bill passed.',
    ];
    expect([...commonWordsIn(texts, new Set(['absent', 'bill']))]).toEqual(['absent']);
  });
});

describe('isGroupLabel', () => {
  it('tells groups from people', () => {
    for (const g of ['Democrats', 'establishment Republicans', 'Reporters', 'Others', 'Quill supporters'])
      expect(isGroupLabel(g), g).toBe(true);
    for (const p of ['Mara Quill', 'Democrat Mara Quill', 'Otis Reporter']) expect(isGroupLabel(p), p).toBe(false);
  });
});
