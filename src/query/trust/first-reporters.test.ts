import { describe, expect, it } from 'vitest';
import { echoStory } from '../../test-support/echo-story';
import { StoryBuilder } from '../../test-support/story-builder';
import { firstReporters, parsePublicationTime } from './first-reporters';

describe('parsePublicationTime', () => {
  it('keeps a bare date as a day and rejects impossible ones', () => {
    expect(parsePublicationTime('2026-03-02')).toEqual({
      precision: 'day',
      day: '2026-03-02',
      time: Date.UTC(2026, 2, 2),
    });
    expect(parsePublicationTime('2026-03-02T10:00:00+02:00')?.time).toBe(Date.UTC(2026, 2, 2, 8));
    expect(parsePublicationTime('2026-02-30')).toBeNull();
    expect(parsePublicationTime('last Tuesday')).toBeNull();
    expect(parsePublicationTime(undefined)).toBeNull();
  });
});

describe('firstReporters', () => {
  it('orders by time, marks the first, and says which dates are unknown', () => {
    const s = echoStory();
    const r = firstReporters(s.graph, s.claim);
    const a = s.articles;
    expect(r.reporters.map((x) => x.article)).toEqual([a.harbor, a.ledger, a.echo, a.wire, a.post]);
    expect(r.first).toEqual([a.harbor]);
    expect(r.undated).toEqual([a.post]);
    expect(r.certain).toBe(false);
    expect(r.note).toContain('date unknown');
  });

  it('ties a day-only date with an instant of the same day, and is certain only when all are dated', () => {
    const b = new StoryBuilder();
    const claim = b.claim('c', 'c');
    const dates = { x: '2026-01-05', y: '2026-01-05T09:00:00Z', z: '2026-01-06T01:00:00Z' };
    for (const [id, date] of Object.entries(dates)) {
      b.edge('reports', b.article(id, b.outlet(id), 'c', date), claim);
    }
    const r = firstReporters(b.graph, claim);
    expect(r.first).toEqual(['article:y', 'article:x']);
    expect(r.certain).toBe(false);
    expect(r.note).toContain('tie');

    const c = new StoryBuilder();
    const claim2 = c.claim('c', 'c');
    c.edge('reports', c.article('p', c.outlet('p'), 'c', '2026-01-05'), claim2);
    c.edge('reports', c.article('q', c.outlet('q'), 'c', '2026-01-04'), claim2);
    expect(firstReporters(c.graph, claim2)).toMatchObject({ first: ['article:q'], certain: true, note: '' });
  });

  it('marks no one first when no reporter is dated', () => {
    const b = new StoryBuilder();
    const claim = b.claim('c', 'c');
    b.edge('reports', b.article('p', b.outlet('p'), 'c'), claim);
    const r = firstReporters(b.graph, claim);
    expect(r.first).toEqual([]);
    expect(r.reporters[0]?.first).toBe(false);
    expect(r.note).toMatch(/unknown/);
  });
});
