/** Annotated attributions in the GUM-derived JSONL format (../shared/eval/README.md). */
export type Range = [number, number];

export interface GoldAttribution {
  source: Range | null;
  sourceFragments: Range[];
  /** Null when the annotation has no cue (a bare quotation attributed to a speaker). */
  cue: Range | null;
  cueFragments: Range[];
  content: Range;
  contentFragments: Range[];
  type?: string;
}

/** An annotated entity mention (GUM): its type and its coreference group within the document. */
export interface GoldEntity {
  span: Range;
  type: string;
  group: string;
}

export interface GoldArticle {
  id: string;
  text: string;
  outlet?: string;
  title?: string;
  genre?: string;
  attributions: GoldAttribution[];
  /** Present when the set annotates entity mentions (gum-train.jsonl). */
  entities?: GoldEntity[];
}

function entities(raw: unknown, where: string): GoldEntity[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new Error(`${where}: "entities" must be an array`);
  return (raw as Record<string, unknown>[]).map((e, k) => {
    if (!isRange(e.span)) throw new Error(`${where}: entities[${k}].span must be [start, end]`);
    if (typeof e.type !== 'string') throw new Error(`${where}: entities[${k}].type must be a string`);
    // Singletons may have no group: each is then its own.
    const group = typeof e.group === 'string' || typeof e.group === 'number' ? String(e.group) : `singleton-${k}`;
    return { span: e.span, type: e.type, group };
  });
}

const isRange = (v: unknown): v is Range =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && v[0] <= v[1];

function ranges(fragments: unknown, hull: Range | null): Range[] {
  if (Array.isArray(fragments) && fragments.every(isRange) && fragments.length > 0) return fragments;
  return hull ? [hull] : [];
}

/** Parses one JSONL file of annotated articles; errors name the file, line and field. */
export function parseGold(raw: string, file: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `eval/gold: ${file}: line ${i + 1}`;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    if (typeof rec.text !== 'string') throw new Error(`${where}: "text" must be a string`);
    if (!Array.isArray(rec.attributions)) throw new Error(`${where}: "attributions" must be an array`);
    const attributions = (rec.attributions as Record<string, unknown>[]).map((a, k) => {
      const cue = a.cueSpan ?? null;
      const content = a.contentSpan;
      const source = a.sourceSpan ?? null;
      if (cue !== null && !isRange(cue))
        throw new Error(`${where}: attributions[${k}].cueSpan must be [start, end] or null`);
      if (!isRange(content)) throw new Error(`${where}: attributions[${k}].contentSpan must be [start, end]`);
      if (source !== null && !isRange(source))
        throw new Error(`${where}: attributions[${k}].sourceSpan must be [start, end] or null`);
      return {
        source,
        sourceFragments: ranges(a.sourceFragments, source),
        cue,
        cueFragments: ranges(a.cueFragments, cue),
        content,
        contentFragments: ranges(a.contentFragments, content),
        ...(typeof a.type === 'string' ? { type: a.type } : {}),
      };
    });
    const meta = (rec.meta ?? {}) as Record<string, unknown>;
    const title = typeof rec.title === 'string' ? rec.title : typeof meta.title === 'string' ? meta.title : undefined;
    out.push({
      id: typeof rec.id === 'string' ? rec.id : `${file}:${i + 1}`,
      text: rec.text,
      ...(typeof rec.outlet === 'string' ? { outlet: rec.outlet } : {}),
      ...(title ? { title } : {}),
      ...(typeof rec.genre === 'string' ? { genre: rec.genre } : {}),
      attributions,
      ...(rec.entities !== undefined ? { entities: entities(rec.entities, where) } : {}),
    });
  });
  return out;
}
