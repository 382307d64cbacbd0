import type { Core } from 'cytoscape';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { ExportController } from '../export/ExportController';
import { useAppStoreApi } from '../store';
import { installTestHook } from '../test-hook';
import { UrlController } from '../url';
import {
  CameraController,
  ClassesController,
  ElementsController,
  EventsController,
  LabelController,
  LayoutController,
} from './controllers';
import { CanvasToolbar } from './CanvasToolbar';
import { createCytoscape, type Camera } from './create-cytoscape';
import { positionsOf } from './stored-positions';
import { useRenderer } from './use-renderer';

let instances = 0;

/**
 * Owns the Cytoscape instance: created when the container mounts and destroyed when it unmounts
 * (StrictMode mounts twice; each instance is torn down with its element). A change of renderer mounts a new
 * container: the old instance hands its node positions to the store and its camera to the new one, so the
 * picture comes back as it was without a layout. Controllers do the rest.
 */
export function GraphCanvas() {
  const store = useAppStoreApi();
  const renderer = useRenderer();
  const camera = useRef<Camera | null>(null);
  const [canvas, setCanvas] = useState<{ cy: Core; id: number } | null>(null);
  const containerRef = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return;
      const instance = createCytoscape(container, renderer, camera.current);
      setCanvas({ cy: instance, id: ++instances });
      return () => {
        if (instance.nodes().nonempty()) {
          camera.current = { zoom: instance.zoom(), pan: { ...instance.pan() } };
          store.getState().keepPositions(positionsOf(instance.nodes()));
        }
        setCanvas(null);
        instance.destroy();
      };
    },
    [renderer, store],
  );
  const cy = canvas?.cy ?? null;

  useEffect(() => {
    if (!cy || import.meta.env.MODE !== 'e2e') return;
    return installTestHook(cy, store);
  }, [cy, store]);

  return (
    <div className="graph-view">
      <div
        key={renderer}
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-renderer={renderer}
      />
      {cy && <CanvasToolbar cy={cy} />}
      {canvas && (
        // Keyed by instance: controllers keep per-instance state (the last view graph drawn) in refs.
        <Fragment key={canvas.id}>
          <ElementsController cy={canvas.cy} />
          <LayoutController cy={canvas.cy} />
          <ClassesController cy={canvas.cy} />
          <LabelController cy={canvas.cy} />
          <EventsController cy={canvas.cy} />
          <CameraController cy={canvas.cy} />
          <ExportController cy={canvas.cy} />
          {/* After ExportController: it restores the link's filters/selection first. */}
          <UrlController cy={canvas.cy} />
        </Fragment>
      )}
    </div>
  );
}
