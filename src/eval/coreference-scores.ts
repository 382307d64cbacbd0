/** MUC and B³ coreference scores of a response partition against a key partition over the same mentions. */

/** Numerators and denominators, summed over documents before dividing (micro-averaged). */
export interface CorefCounts {
  mucRecallNum: number;
  mucRecallDen: number;
  mucPrecisionNum: number;
  mucPrecisionDen: number;
  /** Sums of per-mention B³ precision and recall, and the number of mentions. */
  b3Precision: number;
  b3Recall: number;
  mentions: number;
}

export const emptyCoref = (): CorefCounts => ({
  mucRecallNum: 0,
  mucRecallDen: 0,
  mucPrecisionNum: 0,
  mucPrecisionDen: 0,
  b3Precision: 0,
  b3Recall: 0,
  mentions: 0,
});

function clusters(labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const c = out.get(l);
    if (c) c.push(i);
    else out.set(l, [i]);
  });
  return out;
}

/** MUC (Vilain et al. 1995): links of `key` kept by `response`; Σ(|K| − parts of K in response) / Σ(|K| − 1). */
function mucLinks(key: readonly string[], response: readonly string[]): { num: number; den: number } {
  let num = 0;
  let den = 0;
  for (const members of clusters(key).values()) {
    const parts = new Set(members.map((i) => response[i]));
    num += members.length - parts.size;
    den += members.length - 1;
  }
  return { num, den };
}

/**
 * Adds one document: `key[i]` and `response[i]` are mention i's gold group and predicted entity. Both
 * partitions cover the same mentions (the caller restricts them to the mentions both sides have).
 */
export function addCoref(into: CorefCounts, key: readonly string[], response: readonly string[]): CorefCounts {
  const r = mucLinks(key, response);
  const p = mucLinks(response, key);
  into.mucRecallNum += r.num;
  into.mucRecallDen += r.den;
  into.mucPrecisionNum += p.num;
  into.mucPrecisionDen += p.den;
  const keyC = clusters(key);
  const resC = clusters(response);
  for (let i = 0; i < key.length; i++) {
    const k = new Set(keyC.get(key[i]!)!);
    const res = resC.get(response[i]!)!;
    const both = res.filter((j) => k.has(j)).length;
    into.b3Precision += both / res.length;
    into.b3Recall += both / k.size;
  }
  into.mentions += key.length;
  return into;
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** MUC and B³ precision, recall and F1 of the summed counts (MUC of no links is 0, not undefined). */
export function corefScores(c: CorefCounts): { muc: PRF; b3: PRF } {
  const mp = c.mucPrecisionDen ? c.mucPrecisionNum / c.mucPrecisionDen : 0;
  const mr = c.mucRecallDen ? c.mucRecallNum / c.mucRecallDen : 0;
  const bp = c.mentions ? c.b3Precision / c.mentions : 0;
  const br = c.mentions ? c.b3Recall / c.mentions : 0;
  return { muc: { p: mp, r: mr, f: f1(mp, mr) }, b3: { p: bp, r: br, f: f1(bp, br) } };
}
