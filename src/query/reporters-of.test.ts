import { describe, expect, it } from 'vitest';
import { echoStory } from '../test-support/echo-story';
import { reportersOf } from './reporters-of';

describe('reportersOf', () => {
  it('lists the articles reporting a claim, their outlets and dates', () => {
    const s = echoStory();
    const r = reportersOf(s.graph, s.claim);
    expect(r.articles.map((a) => a.article)).toEqual(Object.values(s.articles).sort());
    expect(r.outlets).toEqual(Object.values(s.outlets).sort());
    expect(r.articles.find((a) => a.article === s.articles.post)?.publishedAt).toBeUndefined();
    expect(r.asserters).toEqual([s.officials, s.mayor].sort());
    expect(() => reportersOf(s.graph, 'claim:x')).toThrow('query/reporters-of');
  });
});
