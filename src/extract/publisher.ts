import type { Entity, EntityResolver } from './entities';
import type { ArticleInput } from './types';

/** "The post … appeared first on X", "This article originally appeared on X", "first published by X", "Published by X". */
const CREDIT_LINE =
  /(?:appeared first on|originally (?:appeared|published) (?:on|in|by)|(?:first|originally) published (?:on|in|by)|^published by)\s+([^\n.,;]+(?:\.com)?)/im;
/**
 * A dateline naming its agency: "CALVERA CITY (Kestrel Wire) —", "WASHINGTON (Reuters) -", and with a region
 * after the city: "SALEM, Ore. (AP) —", "PORT ANSELM, Marivelle (Reuters) -".
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'-]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.'-]{0,20}(?:[ \t]\p{Lu}[\p{L}.'-]{0,20}){0,2})?[ \t]*\(([^()\n]{2,40})\)[ \t]*[-\u2013\u2014]/u;

/** The publishing outlet: metadata first, then a credit line at the end or an agency's dateline at the start. */
export function findPublisher(input: ArticleInput, resolver: EntityResolver): Entity | undefined {
  if (input.outlet) return resolver.outletByName(input.outlet);
  if (input.url) {
    const host = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(input.url)?.[1];
    if (host) return resolver.outletByName(host);
  }
  const tail = input.text.slice(-600);
  const credited = CREDIT_LINE.exec(tail)?.[1];
  const credit = (credited && creditedName(credited)) || DATELINE.exec(input.text.slice(0, 300).trimStart())?.[1];
  return credit ? resolver.outletByName(credit.trim()) : undefined;
}

/** A connector inside a name ("Bureau of Investigative Journalism", "Tampa Bay Times & Herald"). */
const CONNECTOR = /^(?:of|the|for|and|&|de|du|del|la|le|y)$/;
/** A word of a name: capitalised, with a capital inside ("theGrio"), a number or a domain ("kffhealthnews.org"). */
const NAME_WORD = /^(?:\p{Lu}|\p{N})|\p{Lu}|\.\p{L}{2,}$/u;

/**
 * The outlet's name in what follows "published by": its words up to the sentence going on ("CalMatters and is
 * republished under a Creative Commons license" is CalMatters). Empty when it opens with no name.
 */
function creditedName(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    if (NAME_WORD.test(words[i]!)) end = i + 1;
    else if (!(CONNECTOR.test(words[i]!) && i + 1 < words.length && NAME_WORD.test(words[i + 1]!))) break;
  }
  return words.slice(0, end).join(' ');
}
