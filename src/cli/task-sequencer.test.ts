import { describe, expect, it } from 'vitest';
import type { BuildResult } from './build-protocol';
import { TaskSequencer } from './task-sequencer';

const result = (id: number): BuildResult => ({ id, display: `t${id}`, extracted: [], graphs: [], problems: [] });

describe('TaskSequencer', () => {
  it("delivers in input order whatever order results arrive in, sub-tasks in their parent's place", () => {
    const delivered: number[] = [];
    const seq = new TaskSequencer((r) => delivered.push(r.id));
    [0, 1, 2].forEach((id) => seq.add(id));
    seq.complete(result(2));
    seq.complete(result(1), [10, 11]);
    expect(delivered).toEqual([]);
    seq.complete(result(0));
    expect(delivered).toEqual([0, 1]);
    seq.complete(result(11));
    expect(delivered).toEqual([0, 1]);
    seq.complete(result(10));
    expect(delivered).toEqual([0, 1, 10, 11, 2]);
    expect(seq.pending).toBe(0);
  });

  it('ignores results for unknown tasks', () => {
    const delivered: number[] = [];
    const seq = new TaskSequencer((r) => delivered.push(r.id));
    seq.complete(result(5));
    expect(delivered).toEqual([]);
  });
});
