import type { Outcome } from '../eval';
import { reliability, reliabilityTable, scoreTable } from '../eval';
import type { CrossValidation, VariantScores } from './cross-validate';
import { DEFAULT_VARIANT } from './cross-validate';

/** The variants' table, and the reliability of the rules', the model's and the default combination's confidences. */
export function cvReport(title: string, cv: CrossValidation | { variants: VariantScores[] }): string {
  const lines = [title, scoreTable(cv.variants)];
  const show = (name: string, outcomes: Outcome[]) => {
    const rel = reliability(outcomes);
    lines.push(
      '',
      `Reliability, ${name} (correct = source overlaps a gold source):`,
      reliabilityTable(rel.bins, rel.ece),
    );
  };
  const shown = ['rules', 'model', DEFAULT_VARIANT.name];
  for (const v of cv.variants.filter((x) => shown.includes(x.name))) show(v.name, v.outcomes);
  return lines.join('\n') + '\n';
}
