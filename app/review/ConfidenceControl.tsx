import { useId } from 'react';
import { selectMinConfidence, useAppStore, useAppStoreApi } from '../store';
import { LOW_CONFIDENCE } from './confidence';

/** The confidence threshold slider and the legend entry for low-confidence edges. */
export function ConfidenceControl() {
  const store = useAppStoreApi();
  const min = useAppStore(selectMinConfidence);
  const id = useId();
  return (
    <section className="confidence-control" aria-label="Confidence">
      <h2>Confidence</h2>
      <label htmlFor={id}>Hide edges below {Math.round(min * 100)}%</label>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={min}
        aria-valuetext={`${Math.round(min * 100)}%`}
        onChange={(e) => store.getState().setMinConfidence(Number(e.target.value))}
      />
      <p className="legend-low-confidence">
        <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
          <line x1="1" y1="6" x2="27" y2="6" stroke="#475569" strokeWidth="2" strokeDasharray="6 4" opacity="0.45" />
        </svg>{' '}
        Low confidence (below {Math.round(LOW_CONFIDENCE * 100)}%): faded, dashed
      </p>
    </section>
  );
}
