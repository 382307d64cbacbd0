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
  const credit = CREDIT_LINE.exec(tail)?.[1] ?? DATELINE.exec(input.text.slice(0, 300).trimStart())?.[1];
  return credit ? resolver.outletByName(credit.trim()) : undefined;
}
