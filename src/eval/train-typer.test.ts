import { describe, expect, it } from 'vitest';
import { bestType, typerScores } from '../extract';
import { trainTyper } from './train-typer';

const classes = ['person', 'organization', 'place'];
// A toy task: the last word decides; "bias" is in every example, as in use.
const examples = [
  { features: ['bias', 'last=ruiz'], label: 0 },
  { features: ['bias', 'last=holdings'], label: 1 },
  { features: ['bias', 'last=valley'], label: 2 },
  { features: ['bias', 'last=brell'], label: 0 },
  { features: ['bias', 'last=authority'], label: 1 },
  { features: ['bias', 'last=harbour'], label: 2 },
];

describe('trainTyper', () => {
  it('learns a separable task', () => {
    const m = trainTyper(classes, examples);
    for (const e of examples) expect(bestType(typerScores(m, e.features), m).type).toBe(classes[e.label]);
  });

  it('gives the same weights on every run', () => {
    expect(trainTyper(classes, examples, 3)).toEqual(trainTyper(classes, examples, 3));
  });

  it('drops features that end with no weight', () => {
    const m = trainTyper(classes, [...examples, { features: ['bias', 'never-wrong'], label: 0 }], 1);
    expect(Object.keys(m.weights)).not.toContain('unseen');
    expect(m.classes).toEqual(classes);
  });
});
