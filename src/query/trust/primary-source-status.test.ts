import { describe, expect, it } from 'vitest';
import { echoStory } from '../../test-support/echo-story';
import { StoryBuilder } from '../../test-support/story-builder';
import { primarySourceStatus } from './primary-source-status';

describe('primarySourceStatus', () => {
  it('labels a claim with a named source, and each primary', () => {
    const s = echoStory();
    const r = primarySourceStatus(s.graph, s.claim);
    expect(r.status).toBe('has-named-source');
    expect(r.primaries.map((p) => p.label)).toEqual(['anonymous', 'named']);
    expect(r.primaries[0]?.description).toContain('vouched for by outlet:harbor-times');
  });

  it('labels chains ending in anonymous sources only, or in unpublished memos', () => {
    const s = echoStory();
    s.graph.dropNode(s.mayor);
    expect(primarySourceStatus(s.graph, s.claim).status).toBe('rests-on-anonymous');

    const b = new StoryBuilder();
    const claim = b.claim('c', 'Allies were asked for radars');
    const a = b.article('p', b.outlet('Post'), 'Allies were asked for radars, according to memos seen by the Post.');
    const memos = b.document('memos');
    b.edge('cites', a, memos, { in: a, phrase: 'memos' });
    b.edge('asserts', memos, claim, { in: a, phrase: 'Allies were asked for radars' });
    b.edge('reports', a, claim, { in: a, phrase: 'Allies were asked for radars' });
    const r = primarySourceStatus(b.graph, claim);
    expect(r.status).toBe('rests-on-documents');
    expect(r.primaries.map((p) => p.label)).toEqual(['unpublished-document']);
  });

  it('labels echoes of an outlet the corpus lacks, and claims nothing attributes', () => {
    const b = new StoryBuilder();
    const claim = b.claim('c', 'c');
    const a = b.article('p', b.outlet('Echo'), 'It is so, the Gazette said.');
    b.edge('cites', a, b.outlet('Gazette'), { in: a, phrase: 'the Gazette' });
    b.edge('reports', a, claim, { in: a, phrase: 'It is so' });
    expect(primarySourceStatus(b.graph, claim)).toMatchObject({
      status: 'unsourced',
      primaries: [{ label: 'outlet-not-in-corpus' }],
    });
    expect(primarySourceStatus(b.graph, b.claim('d', 'd')).status).toBe('no-sources');
  });
});
