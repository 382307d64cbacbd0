import type { EdgeKind, Evidence, SourcetraceGraph } from '../model';
import { SourcetraceError, createGraph, nodeKey, upsertEdge, upsertNode } from '../model';

/** Options for one edge built by {@link StoryBuilder.edge}. */
export interface StoryEdge {
  /** Article whose text holds the evidence, and the words to point at (first occurrence). */
  in?: string;
  phrase?: string;
  cue?: string;
  confidence?: number;
}

/**
 * A small fluent builder of hand-made graphs for tests and benches: evidence is given as a phrase of an
 * article's text instead of offsets, so fixtures stay readable.
 */
export class StoryBuilder {
  readonly graph: SourcetraceGraph = createGraph();

  outlet(name: string): string {
    return upsertNode(this.graph, nodeKey('outlet', name), { kind: 'outlet', label: name, aliases: [] });
  }

  article(id: string, outlet: string, text: string, publishedAt?: string): string {
    const key = nodeKey('article', id);
    const attrs = { kind: 'article' as const, label: id, aliases: [], title: `Title of ${id}`, outlet, text };
    upsertNode(this.graph, key, publishedAt === undefined ? attrs : { ...attrs, publishedAt });
    upsertEdge(this.graph, { kind: 'publishes', source: outlet, target: key });
    return key;
  }

  person(name: string, anonymous = false): string {
    return upsertNode(this.graph, nodeKey('person', name), { kind: 'person', label: name, aliases: [], anonymous });
  }

  organization(name: string, anonymous = false): string {
    const key = nodeKey('organization', name);
    return upsertNode(this.graph, key, { kind: 'organization', label: name, aliases: [], anonymous });
  }

  document(name: string): string {
    const key = nodeKey('document', name);
    return upsertNode(this.graph, key, { kind: 'document', label: name, aliases: [], description: name });
  }

  claim(slug: string, text: string): string {
    return upsertNode(this.graph, nodeKey('claim', slug), { kind: 'claim', label: text, aliases: [], text });
  }

  edge(kind: EdgeKind, source: string, target: string, opts: StoryEdge = {}): string {
    const evidence = opts.in !== undefined ? [this.evidence(opts.in, opts.phrase)] : [];
    return upsertEdge(this.graph, { kind, source, target, evidence, cue: opts.cue, confidence: opts.confidence });
  }

  /** Evidence for a phrase of an article (the whole text when no phrase is given). */
  evidence(article: string, phrase?: string): Evidence {
    const attrs = this.graph.getNodeAttributes(article);
    if (attrs.kind !== 'article')
      throw new SourcetraceError('test-support/story-builder', `"${article}" is not an article`);
    const start = phrase === undefined ? 0 : attrs.text.indexOf(phrase);
    if (start < 0) throw new SourcetraceError('test-support/story-builder', `"${phrase}" is not in ${article}`);
    return { article, start, end: phrase === undefined ? attrs.text.length : start + phrase.length };
  }
}
