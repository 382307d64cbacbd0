import type { SourcetraceGraph } from './graph';
import { mergeEdgeAttributes, unionEvidence, upsertNode } from './graph';
import { edgeKey } from './keys';

/**
 * Merges `source` into `target` in place: nodes meet by key (aliases and fields unite), edges meet by
 * key (evidence unites). Idempotent: merging the same graph again leaves `target` unchanged.
 *
 * An article of `source` under a key that `target` holds with another text (or as another kind) comes in
 * under a free key (`article:x-2`), its edges and every evidence span pointing at it renamed with it:
 * merged under the old key it would keep `target`'s text, and its evidence offsets would point past the
 * end of that text or into the wrong words of it.
 */
export function mergeGraphs(target: SourcetraceGraph, source: SourcetraceGraph): SourcetraceGraph {
  const renamed = articleRenames(target, source);
  const rename = (key: string) => renamed.get(key) ?? key;
  source.forEachNode((key, attrs) => {
    upsertNode(target, rename(key), attrs);
  });
  source.forEachEdge((key, attrs, from, to) => {
    const [s, t] = [rename(from), rename(to)];
    // A renamed end changes the edge's identity, so it takes the key its new ends give it.
    const k = s === from && t === to ? key : edgeKey(attrs.kind, s, t);
    const evidence = renamed.size ? attrs.evidence.map((e) => ({ ...e, article: rename(e.article) })) : attrs.evidence;
    if (target.hasEdge(k)) {
      target.updateEdgeAttributes(k, (current) => mergeEdgeAttributes(current, { ...attrs, evidence }));
    } else {
      // Through the union, so a new edge's evidence is in the same canonical order as a merged one's:
      // merging g into an empty graph then gives the same graph as merging g into g.
      target.addDirectedEdgeWithKey(k, s, t, { ...attrs, evidence: unionEvidence(evidence, []) });
    }
  });
  return target;
}

/** The free key for each article of `source` whose key `target` holds with a different text or kind. */
function articleRenames(target: SourcetraceGraph, source: SourcetraceGraph): Map<string, string> {
  const renamed = new Map<string, string>();
  const sameArticle = (key: string, text: string) => {
    const there = target.getNodeAttributes(key);
    return there.kind === 'article' && there.text === text;
  };
  source.forEachNode((key, attrs) => {
    if (attrs.kind !== 'article' || !target.hasNode(key) || sameArticle(key, attrs.text)) return;
    let n = 2;
    // A free key, or the one an earlier merge of this same article already gave it: merging the same
    // graph twice must land on the same node, not on `-3`.
    for (; ; n++) {
      const candidate = `${key}-${n}`;
      if (source.hasNode(candidate)) continue;
      if (!target.hasNode(candidate) || sameArticle(candidate, attrs.text)) break;
    }
    renamed.set(key, `${key}-${n}`);
  });
  return renamed;
}
