import { slugify } from '../model';
import { acronymMerges } from './acronyms';
import { knownAsMerges } from './known-as';
import type { Entity, Mention } from './entity';
import type { TyperModel } from './entity-typer';
import type { Retyping } from './retype-entities';
import { applyRetyping, retypeEntities } from './retype-entities';
import type { Attribution, EntityMention, FactRelation, Span } from './types';

const placeName = (text: string) => text.replace(/^the\s+/i, '');
const placeKey = (name: string) => `place:${slugify(placeName(name))}`;

/**
 * The entity stage after the sentences are read: the learned typer's second opinion, then acronyms joined
 * to the names they stand for, then the other names the article gives ("also known as ISIS"). Entities, relations and attributions are updated in place; the article's
 * entity mentions, as they finally resolve, are returned.
 */
export function settleEntities(
  text: string,
  found: ReadonlyMap<string, Mention>,
  places: readonly Span[],
  entities: Map<string, Entity>,
  relations: FactRelation[],
  attributions: Attribution[],
  typer: TyperModel | false | undefined,
): EntityMention[] {
  const related = new Set(relations.flatMap((r) => [r.source, r.target]));
  const retyped: ReadonlyMap<string, Retyping> =
    typer === false ? new Map() : retypeEntities(text, found.values(), related, typer);
  const placeKeys = new Map(places.map((p) => [placeName(p.text), placeKey(p.text)]));
  for (const m of found.values()) {
    const r = retyped.get(m.entity.key);
    if (r?.kind === 'place') placeKeys.set(m.entity.label, r.key);
  }
  applyRetyping(retyped, entities, relations, attributions);
  const { merges, placeAliases } = acronymMerges(entities.values(), placeKeys, related);
  applyRetyping(merges, entities, relations, attributions);
  const steps = [retyped, merges];
  const known = knownAsMerges(text, found.values(), entities, (m) => entities.get(resolved(m).key));
  applyRetyping(known, entities, relations, attributions);
  steps.push(known);

  function resolved(m: Mention): { kind: EntityMention['kind']; key: string } {
    let kind: EntityMention['kind'] = m.entity.kind;
    let key = m.entity.key;
    for (const step of steps) {
      const r = step.get(key);
      if (r) ({ kind, key } = r);
    }
    return { kind, key: kind === 'place' ? (placeAliases.get(key) ?? key) : key };
  }
  const out: EntityMention[] = [];
  for (const m of found.values())
    out.push({ text: m.text, start: m.start, end: m.end, ...resolved(m), anonymous: m.entity.anonymous });
  for (const p of places) {
    const key = placeKey(p.text);
    out.push({ ...p, kind: 'place', key: placeAliases.get(key) ?? key, anonymous: false });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Adds a sentence's mentions, one per span. A source phrase resolved after the name scan replaces the scan's
 * mention of the same span, or an overlapping one of the same entity ("the Daily Meridian" over "Daily
 * Meridian"): the later resolution knew the phrase's role in the sentence.
 */
export function keepMentions(kept: Map<string, Mention>, sentence: readonly Mention[]): void {
  sentence.forEach((m, i) => {
    for (const o of sentence.slice(0, i))
      if (o.entity === m.entity && o.start < m.end && m.start < o.end) kept.delete(`${o.start}:${o.end}`);
    kept.set(`${m.start}:${m.end}`, m);
  });
}
