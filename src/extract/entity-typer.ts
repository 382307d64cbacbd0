import model from '../../data/models/entity-typer.json';
import { typerFeatures } from './typer-features';

/** What the typer tells apart: GUM's three named-entity types (an outlet is an organisation to it). */
export const TYPER_CLASSES = ['person', 'organization', 'place'] as const;
export type TyperClass = (typeof TYPER_CLASSES)[number];

/** A linear model: one weight per class for each feature (data/models/entity-typer.json, see its card). */
export interface TyperModel {
  classes: readonly string[];
  weights: Record<string, readonly number[]>;
}

/** Class scores of a feature list: the sum of its features' weights. */
export function typerScores(m: TyperModel, features: readonly string[]): number[] {
  const s = m.classes.map(() => 0);
  for (const f of features) {
    const w = m.weights[f];
    if (w) for (let c = 0; c < s.length; c++) s[c]! += w[c]!;
  }
  return s;
}

export interface Typing {
  type: TyperClass;
  /** Score of the best class minus the runner-up's: how sure the model is. */
  margin: number;
}

/** The learned typer's class scores for the name at [start, end) of `text`, which the rules typed `rule`. */
export const scoreName = (text: string, start: number, end: number, rule?: string, m: TyperModel = model): number[] =>
  typerScores(m, typerFeatures(text, start, end, rule));

/** The best class of summed scores, and its margin over the runner-up. */
export function bestType(s: readonly number[], m: TyperModel = model): Typing {
  const order = s.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  return { type: m.classes[order[0]![1]] as TyperClass, margin: order[0]![0] - (order[1]?.[0] ?? 0) };
}

/** The learned typer's guess for one name. */
export const typeName = (text: string, start: number, end: number, rule?: string, m: TyperModel = model): Typing =>
  bestType(scoreName(text, start, end, rule, m), m);
