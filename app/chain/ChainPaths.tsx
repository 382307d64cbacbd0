import { EDGE_KIND_STYLES } from '../canvas';
import { useAppStoreApi } from '../store';
import type { ChainStep } from './chain-picture';
import { STATUS_TEXT } from './status-text';

/** What links a step to the one before: its cue in quotes, else what kind of edge it is ("publishes"). */
function stepWords(step: ChainStep): string {
  if (step.cue) return `“${step.cue}”`;
  return step.edgeKind ? EDGE_KIND_STYLES[step.edgeKind].label : '';
}

/**
 * A claim's chain read as paths: each from the outlet that published it, step by step with the cue that
 * links it, to a primary source (marked with its status). A node selects it; a cue selects its edge, whose
 * evidence sentences the details panel shows.
 */
export function ChainPaths({ paths }: { paths: readonly ChainStep[][] }) {
  const store = useAppStoreApi();
  const { select } = store.getState();
  return (
    <section className="chain-paths" aria-label="Paths to the primary sources">
      <h2>From the outlet to the primary source</h2>
      {paths.length === 0 ? (
        <p className="hint">No reporting article traces it.</p>
      ) : (
        paths.map((path, i) => (
          <ol
            key={path.map((n) => n.key).join(' ')}
            className="chain-path"
            aria-label={`Path ${i + 1}: ${path[0]?.label ?? ''} to ${path.at(-1)?.label ?? ''}`}
          >
            {path.map((step) => (
              <li key={step.key} className={step.primary ? `primary-${step.primary}` : undefined}>
                {step.edge && (
                  <button
                    type="button"
                    className="link cue"
                    title="Show the evidence"
                    onClick={() => step.edge && select({ type: 'edge', key: step.edge })}
                  >
                    {stepWords(step)}
                  </button>
                )}{' '}
                <button type="button" className="link" onClick={() => select({ type: 'node', key: step.key })}>
                  {step.label}
                </button>
                {step.primary && (
                  <>
                    {' '}
                    <span className="badge">primary: {STATUS_TEXT[step.primary]}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        ))
      )}
    </section>
  );
}
