import { useState } from 'react';
import { exportFileName } from '../../src/export';
import { selectGraph, useAppStoreApi, type PngRequest } from '../store';
import { buildFile, scopeOutlets, type ExportScope } from './build-export';
import { useExportRunner } from './use-export-runner';
import { filtersOf, shownViewOf } from './view-state';

const SCALES = [1, 2, 4] as const;

/** PNG (from the canvas) and SVG (from the graph with the drawn positions) of what is on screen. */
export function ImageExport({ scope }: { scope: ExportScope }) {
  const store = useAppStoreApi();
  const { busy, run } = useExportRunner();
  const [scale, setScale] = useState<(typeof SCALES)[number]>(1);
  const [background, setBackground] = useState<PngRequest['background']>('white');
  const [full, setFull] = useState(false);

  const png = () =>
    run(() => {
      const s = store.getState();
      if (!s.canvas) throw new Error('export/png: the graph is not drawn yet');
      const blob = s.canvas.png({ scale, background, full });
      const outlets = scopeOutlets(selectGraph(s), filtersOf(s), 'filtered');
      return { blob, fileName: exportFileName('png', new Date(), outlets) };
    });
  const svg = () =>
    run(() => {
      const s = store.getState();
      if (!s.canvas) throw new Error('export/svg: the graph is not drawn yet');
      const positions = s.canvas.positions();
      const colors = s.canvas.colors();
      return buildFile(selectGraph(s), {
        format: 'svg',
        scope,
        view: shownViewOf(s),
        positions,
        colors,
        background,
        date: new Date(),
      });
    });

  return (
    <section className="export-section" aria-labelledby="export-image-title">
      <h3 id="export-image-title">Image</h3>
      <fieldset>
        <legend>PNG area</legend>
        <label className="check">
          <input type="radio" name="png-area" checked={!full} onChange={() => setFull(false)} />
          Current view
        </label>
        <label className="check">
          <input type="radio" name="png-area" checked={full} onChange={() => setFull(true)} />
          Whole graph
        </label>
      </fieldset>
      <label className="export-field">
        PNG size
        <select value={scale} onChange={(e) => setScale(Number(e.target.value) as (typeof SCALES)[number])}>
          {SCALES.map((n) => (
            <option key={n} value={n}>
              {n}×
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Background</legend>
        <label className="check">
          <input
            type="radio"
            name="image-bg"
            checked={background === 'white'}
            onChange={() => setBackground('white')}
          />
          White
        </label>
        <label className="check">
          <input
            type="radio"
            name="image-bg"
            checked={background === 'transparent'}
            onChange={() => setBackground('transparent')}
          />
          Transparent
        </label>
      </fieldset>
      <div className="export-buttons">
        <button type="button" onClick={png} disabled={busy}>
          Download PNG
        </button>
        <button type="button" onClick={svg} disabled={busy}>
          Download SVG
        </button>
      </div>
    </section>
  );
}
