import { nodeKey, slugify } from '../model';
import type { Attribution, FactRelation } from './types';
import type { Entity, Mention } from './entity';
import { hasOrgHead, orgKeyName } from './entity-form';
import type { TyperModel } from './entity-typer';
import { bestType, scoreName } from './entity-typer';

/** What a re-typed entity becomes: another kind under another key, or a place (no node). */
export type Retyping = { kind: 'person' | 'organization' | 'outlet' | 'place'; key: string };

const gumType = (e: Entity) => (e.kind === 'outlet' ? 'organization' : e.kind);

/**
 * The learned typer's second opinion on the named persons and organisations of an article. Each entity's
 * mentions vote (their class scores summed, with the rules' type as a feature, so the model has learned
 * when the rules are right); where the vote disagrees with the rules, the entity is re-typed. Outlets,
 * documents and anonymous sources keep the kind their rules gave (the typer was not trained on them), and so
 * does an entity its context typed (`Entity.sure`): the typer reads only the name and a word either side.
 * A place that is cited or related to anything speaks for its government, so it stays an organisation.
 */
export function retypeEntities(
  text: string,
  mentions: Iterable<Mention>,
  related: ReadonlySet<string>,
  model?: TyperModel,
): Map<string, Retyping> {
  const votes = new Map<Entity, number[]>();
  for (const m of mentions) {
    const e = m.entity;
    if (e.anonymous || e.sure || (e.kind !== 'person' && e.kind !== 'organization')) continue;
    const s = scoreName(text, m.start, m.end, gumType(e), model);
    const sum = votes.get(e);
    if (sum) s.forEach((v, i) => (sum[i]! += v));
    else votes.set(e, s);
  }
  const out = new Map<string, Retyping>();
  for (const [e, s] of votes) {
    const { type } = bestType(s, model);
    if (type === e.kind) continue;
    // An organisation's head word ("Clinton campaign", "Quill Foundation") never names a person, whatever
    // the words before it; the typer may still find it a place ("Calvera District").
    if (type === 'person' && e.kind === 'organization' && hasOrgHead(e.label.toLowerCase().split(/\s+/))) continue;
    if (type === 'place' && !related.has(e.key)) out.set(e.key, { kind: 'place', key: `place:${slugify(e.label)}` });
    else if (type === 'person') out.set(e.key, { kind: 'person', key: nodeKey('person', e.label) });
    else if (e.kind !== 'organization')
      out.set(e.key, { kind: 'organization', key: nodeKey('organization', orgKeyName(e.label)) });
  }
  return out;
}

/**
 * Applies re-typings to what the article's extraction holds: entities change kind and key (meeting an
 * entity already under the new key), places leave the entities, and relations and attributions follow.
 */
export function applyRetyping(
  retyped: ReadonlyMap<string, Retyping>,
  entities: Map<string, Entity>,
  relations: FactRelation[],
  attributions: Attribution[],
): void {
  if (retyped.size === 0) return;
  const moved = new Map<string, Entity>();
  for (const [oldKey, r] of retyped) {
    const e = entities.get(oldKey);
    if (!e) continue;
    entities.delete(oldKey);
    if (r.kind === 'place') continue;
    const there = entities.get(r.key);
    if (there) {
      // The joined entity's own name is a name of the one it joins ("DNC" of the Democratic National
      // Committee): across articles, that alias tells which full name an acronym stands for.
      for (const a of [e.label, ...e.aliases]) if (a !== there.label) there.aliases.add(a);
      there.mentions += e.mentions;
      moved.set(oldKey, there);
      continue;
    }
    e.kind = r.kind;
    e.key = r.key;
    entities.set(r.key, e);
    moved.set(oldKey, e);
  }
  const key = (k: string) => moved.get(k)?.key ?? k;
  for (const rel of relations) {
    rel.source = key(rel.source);
    rel.target = key(rel.target);
  }
  for (const a of attributions) {
    for (const s of [a.source, ...(a.via ?? [])]) {
      const e = s ? moved.get(s.key) : undefined;
      if (s && e) {
        s.key = e.key;
        s.kind = e.kind;
      }
    }
  }
}
