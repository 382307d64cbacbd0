import type { Random } from '../util/seeded-random';

// Invented vocabulary for synthetic news: fictional places, companies and people, never real events.
const FIRST =
  'Ana Tomas Lena Marco Ines Dario Priya Rafael Hector Lucia Esteban Marisol Jonas Mira Pavel Sofia Omar Nadia Felix Clara Ivo Rosa Karim Elena Bruno Amara Leon Yara Viktor Noor'.split(
    ' ',
  );
const LAST =
  'Reyes Ortiz Velan Quintero Salgado Brandt Kessler Carvalho Roque Pedreira Whitcombe Nandakumar Lindqvist Moreau Okafor Haddad Novak Ferreira Sato Kowalski Mendes Arslan Duarte Varga Ibarra Castell Petrov Alves Marin Osei'.split(
    ' ',
  );
const PLACES = 'Calvera Norvania Estrelia Montaro Valdoria Kessia Ostrava Marenta Solvia Drakmor'.split(' ');
const COMPANIES =
  'Norvane Lithium|Ashgrove Capital|Tessaro Energy|Bluecrest Shipping|Orvik Mining|Halden Pharma|Quanta Rail|Meridian Ports|Sable Telecom|Corvid Defence'.split(
    '|',
  );
const BODIES =
  "ministry of mines|port authority|central bank|attorney general's office|health ministry|defence ministry|election commission|competition regulator|finance ministry|transport agency".split(
    '|',
  );
const ROLES =
  'spokeswoman|spokesman|minister|director|chief executive|senior official|deputy minister|press secretary'.split('|');
const DOCS =
  'internal memos|a confidential letter|a draft report|court filings|leaked emails|an audit report|board minutes|a cable'.split(
    '|',
  );
const ANON =
  'people familiar with the matter|two officials who asked not to be named|sources with knowledge of the talks|a senior official|officials briefed on the plan|three people involved in the negotiations'.split(
    '|',
  );
const VERBS = ['paid', 'transferred', 'promised', 'offered', 'sought', 'received'];
const OBJECTS = [
  '$12 million',
  'mining rights',
  'a port concession',
  'an arms contract',
  'emergency loans',
  'a tax exemption',
  'drilling licences',
  'a rail contract',
];
const REASONS = [
  'before the election',
  'during the tender',
  'in exchange for the licence',
  'through an offshore trust',
  'without board approval',
  'despite warnings from auditors',
];

export interface Person {
  name: string;
  surname: string;
  role: string;
  body: string;
}

/** One story: its actors and the claims that outlets repeat about it, with their wording variants. */
export interface Story {
  place: string;
  company: string;
  people: Person[];
  document: string;
  claims: string[][];
}

function claimVariants(r: Random, story: Omit<Story, 'claims'>): string[] {
  const [a, b] = [r.pick(story.people), r.pick(VERBS)];
  const object = r.pick(OBJECTS);
  const reason = r.pick(REASONS);
  const who = `${story.company}`;
  return [
    `${who} ${b} ${object} to officials in ${story.place} ${reason}`,
    `${who} had ${b} ${object} to officials in ${story.place} ${reason}`,
    `officials in ${story.place} were ${b === 'received' ? 'given' : b} ${object} by ${who} ${reason}`,
    `${who} ${b} ${object} to ${story.place} officials ${reason}, a claim ${a.surname} disputes`,
  ];
}

export function createStory(r: Random): Story {
  const place = r.pick(PLACES);
  const people = Array.from({ length: 4 }, () => {
    const surname = r.pick(LAST);
    return { name: `${r.pick(FIRST)} ${surname}`, surname, role: r.pick(ROLES), body: `${place}'s ${r.pick(BODIES)}` };
  });
  const base = { place, company: r.pick(COMPANIES), people, document: r.pick(DOCS) };
  return { ...base, claims: Array.from({ length: 4 }, () => claimVariants(r, base)) };
}

export const anonymousSource = (r: Random): string => r.pick(ANON);
