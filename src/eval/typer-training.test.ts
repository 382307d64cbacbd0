import { describe, expect, it } from 'vitest';
import type { GoldArticle } from './gold';
import { typerExamples, typerFolds } from './typer-training';

function article(id: string, text: string, names: [string, string][]): GoldArticle {
  const entities = names.map(([name, type], i) => {
    const at = text.indexOf(name);
    return { span: [at, at + name.length] as [number, number], type, group: String(i) };
  });
  return { id, text, attributions: [], entities };
}

const a = article('a', 'Mira Tollan visited Ostrevia on Friday.', [
  ['Mira Tollan', 'person'],
  ['Ostrevia', 'place'],
]);
const b = article('b', 'The Velmar Port Authority said Ivo Brask had resigned.', [
  ['The Velmar Port Authority', 'organization'],
  ['Ivo Brask', 'person'],
]);

describe('typer training', () => {
  it('makes examples of the annotated names, labelled with their GUM type', () => {
    const labels = typerExamples(a).map((e) => e.label);
    expect(labels).toContain(0);
    expect(labels).toContain(2);
  });

  it('holds each document out of its own typer, and has none for a document it does not hold', () => {
    const fold = typerFolds([a, b]);
    expect(fold('elsewhere')).toBeUndefined();
    // The typer for "a" never saw a's words; the one for "b" did.
    expect(Object.keys(fold('a')!.weights)).not.toContain('w=tollan');
    expect(Object.keys(fold('b')!.weights)).toContain('w=tollan');
    expect(fold('a')).toBe(fold('a'));
  });
});
