import { RENDERERS, selectRendererChoice, useAppStore, useAppStoreApi, type Renderer } from '../store';
import { useRenderer } from './use-renderer';
import { detectWebgl } from './webgl-support';

const LABELS: Record<Renderer, string> = { canvas: 'Canvas', webgl: 'WebGL' };

/** "Renderer: Canvas / WebGL" in the canvas toolbar; the tooltip says why the default is what it is. */
export function RendererControl() {
  const store = useAppStoreApi();
  const chosen = useAppStore(selectRendererChoice);
  const renderer = useRenderer();
  const support = detectWebgl();
  const tip = `${chosen ? 'Your choice.' : 'Chosen automatically.'} ${support.reason}`;
  // Radios rather than a <select>: a select is a second "combobox" beside the search box.
  return (
    <span className="renderer-control" role="radiogroup" aria-label="Renderer" title={tip}>
      Renderer:
      {RENDERERS.map((r) => (
        <label key={r}>
          <input
            type="radio"
            name="renderer"
            value={r}
            checked={renderer === r}
            disabled={r === 'webgl' && !support.available}
            onChange={() => store.getState().setRenderer(r)}
          />
          {LABELS[r]}
        </label>
      ))}
    </span>
  );
}
