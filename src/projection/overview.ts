import { KIND, type GraphIndex } from './graph-index';
import type { AggregateGroup } from './types';

/** Group of each node kind (by KIND index): what catch-all aggregate a node waits in until drawn. */
const GROUP_OF_KIND: Record<number, number> = {
  [KIND.outlet]: 0,
  [KIND.article]: 1,
  [KIND.person]: 2,
  [KIND.organization]: 2,
  [KIND.document]: 2,
  [KIND.claim]: 3,
};
export const GROUPS: readonly AggregateGroup[] = ['outlets', 'articles', 'sources', 'claims'];
const KIND_SLOTS = 16;

/**
 * The overview being assembled: which drawn element stands for each node (`rep`), and an exact count of the
 * elements that makes (drawn nodes + non-empty aggregates + distinct counted or real edges), kept up to date
 * as nodes are drawn one by one, so each step can be checked against the budget and undone.
 *
 * rep[v]: -1 hidden by a filter; v drawn as itself; n + slot for an aggregate, where slot g (< 4) is the
 * catch-all of group g and slot 4 + 4a + g holds the group-g nodes anchored on node a.
 */
export class Overview {
  readonly n: number;
  readonly rep: Int32Array;
  readonly aggSize: Int32Array;
  shown = 0;
  internalEdges = 0;
  private liveAggs = 0;
  private readonly stride: number;
  /** Counted edges between two catch-alls, dense because nearly every edge starts there. */
  private readonly globalEdges = new Int32Array(4 * 4 * KIND_SLOTS);
  private liveGlobalEdges = 0;
  private readonly edges = new Map<number, number>();
  private journal: number[] = [];

  constructor(
    private readonly index: GraphIndex,
    private readonly edgeReason: Uint8Array,
    nodeReason: Uint8Array,
  ) {
    const n = (this.n = index.keys.length);
    this.stride = 5 * n + 4;
    this.rep = new Int32Array(n);
    this.aggSize = new Int32Array(4 + 4 * n);
    for (let v = 0; v < n; v++) {
      if (nodeReason[v] !== 0) this.rep[v] = -1;
      else this.enter(v, n + GROUP_OF_KIND[index.kind[v]!]!);
    }
    for (let e = 0; e < edgeReason.length; e++) {
      if (edgeReason[e] === 0) this.bump(e, this.rep[index.src[e]!]!, this.rep[index.tgt[e]!]!, 1);
    }
  }

  /** Elements the overview would hand to the renderer right now. */
  total(): number {
    return this.shown + this.liveAggs + this.edges.size + this.liveGlobalEdges;
  }

  isShown(v: number): boolean {
    return this.rep[v] === v;
  }

  /** Draws v (and regroups the nodes anchored on it) if that keeps the total within `limit`; else changes nothing. */
  tryShow(v: number, limit: number): boolean {
    const r = this.rep[v]!;
    if (r < 0 || r === v) return r === v;
    this.journal = [];
    this.move(v, v);
    const group = (d: number) => GROUP_OF_KIND[this.index.kind[d]!]!;
    for (let p = this.index.depStart[v]!; p < this.index.depStart[v + 1]!; p++) {
      const d = this.index.dep[p]!;
      if (this.rep[d] === this.n + group(d)) this.move(d, this.n + 4 + 4 * v + group(d));
    }
    if (this.total() <= limit) return true;
    for (let j = this.journal.length - 2; j >= 0; j -= 2) this.move(this.journal[j]!, this.journal[j + 1]!);
    return false;
  }

  /** Each non-empty aggregate as [rep, size]. */
  *aggregates(): Generator<[number, number]> {
    for (let slot = 0; slot < this.aggSize.length; slot++)
      if (this.aggSize[slot]! > 0) yield [this.n + slot, this.aggSize[slot]!];
  }

  /** Each counted edge (at least one end an aggregate) as [source rep, target rep, edge-kind index, count]. */
  *countedEdges(): Generator<[number, number, number, number]> {
    for (let i = 0; i < this.globalEdges.length; i++) {
      const count = this.globalEdges[i]!;
      if (count > 0)
        yield [
          this.n + Math.floor(i / (4 * KIND_SLOTS)),
          this.n + (Math.floor(i / KIND_SLOTS) % 4),
          i % KIND_SLOTS,
          count,
        ];
    }
    for (const [key, count] of this.edges) {
      if (key < 0) continue;
      const kind = key % KIND_SLOTS;
      const pair = (key - kind) / KIND_SLOTS;
      yield [Math.floor(pair / this.stride), pair % this.stride, kind, count];
    }
  }

  private enter(v: number, r: number): void {
    this.rep[v] = r;
    if (r === v) this.shown++;
    else if (this.aggSize[r - this.n]!++ === 0) this.liveAggs++;
  }

  private move(v: number, r: number): void {
    const old = this.rep[v]!;
    const { adjStart, adjEdge, src, tgt } = this.index;
    for (let p = adjStart[v]!; p < adjStart[v + 1]!; p++) {
      const e = adjEdge[p]!;
      if (this.edgeReason[e] !== 0) continue;
      const s = src[e]!;
      const t = tgt[e]!;
      this.bump(e, s === v ? old : this.rep[s]!, t === v ? old : this.rep[t]!, -1);
      this.bump(e, s === v ? r : this.rep[s]!, t === v ? r : this.rep[t]!, 1);
    }
    if (old === v) this.shown--;
    else if (--this.aggSize[old - this.n]! === 0) this.liveAggs--;
    this.enter(v, r);
    this.journal.push(v, old);
  }

  private bump(e: number, rs: number, rt: number, delta: number): void {
    const n = this.n;
    if (rs === rt && rs >= n) {
      this.internalEdges += delta;
      return;
    }
    const kind = this.index.ekind[e]!;
    if (rs >= n && rs < n + 4 && rt >= n && rt < n + 4) {
      const i = ((rs - n) * 4 + (rt - n)) * KIND_SLOTS + kind;
      const before = this.globalEdges[i]!;
      this.globalEdges[i] = before + delta;
      if (before === 0) this.liveGlobalEdges++;
      else if (before + delta === 0) this.liveGlobalEdges--;
      return;
    }
    // Two drawn nodes: the edge is drawn as itself, so it is counted by its own index.
    const key = rs < n && rt < n ? -(e + 1) : (rs * this.stride + rt) * KIND_SLOTS + kind;
    const count = (this.edges.get(key) ?? 0) + delta;
    if (count === 0) this.edges.delete(key);
    else this.edges.set(key, count);
  }
}
