import { describe, expect, it } from 'vitest';
import { claimPaths } from '../../src/query';
import { sampleStory } from '../test-support/sample-story';
import { claimChainPicture } from './claim-chain-picture';

const graph = sampleStory();
const STRIKES = 'claim:u-s-plans-strikes-inside-venezuela';
const AID = 'claim:venezuela-asked-russia-and-china-for-military-help';

describe('claimChainPicture', () => {
  const picture = claimChainPicture(graph, STRIKES);
  const traced = claimPaths(graph, STRIKES);
  const ids = new Set(picture.elements.map((e) => String(e.data.id)));
  const edges = picture.elements.filter((e) => e.group === 'edges');

  it("shows claimPaths' paths, in order, publisher first, with each step's cue", () => {
    expect(picture.paths.map((p) => p.map((n) => n.key))).toEqual(traced.paths.map((p) => p.map((n) => n.key)));
    expect(picture.paths[1]!.map((n) => [n.label, n.cue])).toEqual([
      ['The Gateway Pundit', null],
      ['Caracas turns to Moscow and Beijing as pressure mounts', null],
      ['The Wall Street Journal', 'reported'],
      ['U.S. weighs strikes on targets inside Venezuela', null],
      ['U.S. officials', 'said'],
    ]);
  });

  it('links every step but the first to the graph edge it walked, for its evidence', () => {
    for (const path of picture.paths) {
      expect(path[0]!.edge).toBeNull();
      for (const [j, node] of path.entries()) {
        if (j === 0) continue;
        const ends = [graph.source(node.edge!), graph.target(node.edge!)].sort();
        expect(ends).toEqual([path[j - 1]!.key, node.key].sort());
      }
    }
    expect(picture.paths[1]![2]!.edge).toBe('cites|article:sample-aggregator|outlet:wall-street-journal');
  });

  it('takes the primary sources and the disputers from claimPaths, and marks them', () => {
    expect(picture.primaries).toEqual(traced.primary.map((p) => ({ key: p.key, status: p.status })));
    expect(picture.disputers).toEqual(traced.disputedBy.map((d) => d.key));
    expect(picture.onlyAnonymous).toBe(true);
    for (const path of picture.paths) expect(path.at(-1)!.primary).toBe('anonymous');
    const officials = picture.elements.find((e) => e.data.id === 'person:us-officials');
    expect(officials?.classes).toContain('primary-anonymous');
  });

  it('draws the dispute with its cue, and each path article reporting the claim', () => {
    expect(picture.stances.map((s) => [s.kind, s.source, s.cue])).toEqual([
      ['disputes', 'person:anna-kelly', 'played down'],
    ]);
    expect(ids.has('disputes|person:anna-kelly|' + STRIKES)).toBe(true);
    expect(picture.reporters.sort()).toEqual([
      'article:sample-aggregator',
      'article:sample-herald',
      'article:sample-journal',
    ]);
    const report = edges.find((e) => e.data.id === 'reports|article:sample-journal|' + STRIKES);
    expect(report?.data).toMatchObject({ source: 'article:sample-journal', target: STRIKES });
  });

  it('draws the paths and the disputes and nothing else, each edge once, with graph edge keys as ids', () => {
    const nodes = picture.elements.filter((e) => e.group !== 'edges').map((e) => String(e.data.id));
    const expected = new Set([STRIKES, ...traced.paths.flat().map((n) => n.key), 'person:anna-kelly']);
    expect(new Set(nodes)).toEqual(expected);
    for (const e of edges) {
      expect(graph.hasEdge(String(e.data.id))).toBe(true);
      expect(ids.has(String(e.data.source)) && ids.has(String(e.data.target))).toBe(true);
    }
    expect(new Set(edges.map((e) => e.data.id)).size).toBe(edges.length);
    expect(picture.elements.find((e) => e.data.id === STRIKES)?.classes).toContain('root');
  });

  it('reaches the memos through The Washington Post', () => {
    const aid = claimChainPicture(graph, AID);
    const first = aid.paths[0]!.map((n) => n.label);
    expect(first.slice(2)).toEqual([
      'The Washington Post',
      'Memos show Venezuela asked allies for military help',
      'U.S. government memos',
    ]);
    expect(aid.paths[0]!.at(-1)!.primary).toBe('document');
    expect(aid.disputers).toEqual([]);
  });
});
