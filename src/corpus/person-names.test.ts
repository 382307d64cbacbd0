import { describe, expect, it } from 'vitest';
import {
  cleanPersonName,
  commonWordsIn,
  isDescriptionOnly,
  isGroupLabel,
  isJoinedName,
  withoutInitials,
} from './person-names';

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
    expect(clean('message to Mara Quill')).toBeNull();
    expect(clean('Star of Lund')).toBeNull();
    expect(clean('Paris to Mara Quill')).toBeNull(); // the head is a place, not a person
  });

  it('takes the head of a phrase that joins two names', () => {
    // A preposition follows the head; a finite verb follows its subject (a headline read as one phrase).
    expect(clean('Wren to Mara Quill')?.label).toBe('Wren');
    expect(clean('Mara Quill on Twitter')?.label).toBe('Mara Quill');
    expect(clean('Quill at KPL')?.label).toBe('Quill');
    expect(clean('Friends KPL')).toBeNull(); // capitals no person's name holds
    expect(clean('Navy SEAL Ivo Lark')?.label).toBe('Ivo Lark');
    expect(clean("KPL's Ivo Lark")?.label).toBe('Ivo Lark');
    expect(clean('Wren blasts Quill')?.label).toBe('Wren');
    expect(clean('Wren slammed Quill')?.label).toBe('Wren');
    // A noun after the first name describes the second: "Party donor Oskar Lund".
    expect(clean('Lakeport Party donor Oskar Lund')).toEqual({
      words: ['oskar', 'lund'],
      label: 'Oskar Lund',
      role: 'Lakeport Party donor',
    });
    expect(clean('Quill boss Oskar Lund')?.label).toBe('Oskar Lund');
    expect(clean("Mara Quill's longtime confidant Oskar Lund")?.label).toBe('Oskar Lund');
  });

  it('reads a phrase cut after its preposition as the name after it', () => {
    expect(clean('of Quill')?.label).toBe('Quill');
    expect(clean('for Mara Quill')?.label).toBe('Mara Quill');
  });

  it('reads a place after "of" as where the person is from, other "of" phrases as no person', () => {
    expect(clean('Sen. Ted Cruz of Texas')).toMatchObject({ label: 'Ted Cruz', role: 'Sen.' });
    expect(clean('Mara Quill of Calvera City')?.label).toBe('Mara Quill');
    expect(clean('Bank of Sorrel')).toBeNull();
    expect(clean('Chamber of Commerce')).toBeNull();
    expect(isJoinedName('Chamber of Commerce')).toBe(true);
    expect(isJoinedName('Centers for Disease Control')).toBe(true);
    expect(isJoinedName('Mara Quill')).toBe(false);
  });

  it('keeps particles joined to a name word and lone acronyms', () => {
    expect(clean('Omar al-Rashid')?.label).toBe('Omar al-Rashid');
    expect(clean('NBA')?.label).toBe('NBA');
  });
});

describe('isDescriptionOnly', () => {
  it('tells labels with no name word in them', () => {
    expect(isDescriptionOnly('presumptive Republican', new Set())).toBe(true);
    expect(isDescriptionOnly('FULL TEXT', new Set(['full', 'text']))).toBe(true);
    expect(isDescriptionOnly('Mara Quill', new Set())).toBe(false);
    expect(isDescriptionOnly('Bill of Rights', new Set(['bill']))).toBe(false);
  });
});

describe('commonWordsIn', () => {
  it('counts lower-case uses against capitalised ones inside sentences, not at their start', () => {
    const texts = [
      'Absent a deal, they left. The vote was absent. He was absent. She is absent too.',
      'Bill Ames and Bill Ray met. The bill passed.',
      'Listen to the show.\nListen live. You can listen now, listen later, or listen never.',
    ];
    // A line's first word starts a sentence: "Listen" there is not a capitalised use.
    expect([...commonWordsIn(texts, new Set(['absent', 'bill', 'listen']))].sort()).toEqual(['absent', 'listen']);
  });
});

describe('isGroupLabel', () => {
  it('tells groups from people', () => {
    for (const g of [
      'Democrats',
      'establishment Republicans',
      'Reporters',
      'Others',
      'Quill supporters',
      'Aides to Quill',
    ])
      expect(isGroupLabel(g), g).toBe(true);
    for (const p of ['Mara Quill', 'Democrat Mara Quill', 'Otis Reporter']) expect(isGroupLabel(p), p).toBe(false);
  });
});
