import { describe, expect, it } from 'vitest';
import { addDecision } from './decision-list';
import { parseReviewDecisions } from './decision-schema';

describe('parseReviewDecisions', () => {
  it('accepts a valid list and round-trips it through JSON', () => {
    let list = addDecision([], { action: 'reject', target: ['cites|a|b'], reason: 'wrong source' });
    list = addDecision(list, { action: 'set-kind', target: ['cites|a|c'], params: { kind: 'mentions' } });
    expect(parseReviewDecisions(JSON.parse(JSON.stringify(list)))).toEqual(list);
    expect(list[0]?.id).not.toBe(list[1]?.id);
    expect(addDecision([], { action: 'reject', target: ['cites|a|b'] })[0]?.id).toBe(
      addDecision([], { action: 'reject', target: ['cites|a|b'] })[0]?.id,
    );
  });

  it('names the bad field, and refuses duplicate ids', () => {
    expect(() =>
      parseReviewDecisions([{ id: 'a', action: 'set-kind', target: ['e'], params: { kind: 'quotes' } }]),
    ).toThrow(/^review\/decisions: decisions\[0\]\.params\.kind/);
    expect(() => parseReviewDecisions([{ id: 'a', action: 'merge', target: ['n'] }])).toThrow('decisions[0].target');
    expect(() => parseReviewDecisions({})).toThrow('review/decisions');
    const dup = [
      { id: 'a', action: 'accept', target: ['e'] },
      { id: 'a', action: 'reject', target: ['e'] },
    ];
    expect(() => parseReviewDecisions(dup)).toThrow('decisions[1].id: duplicate id "a"');
  });
});
