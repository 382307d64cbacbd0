import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useState } from 'react';
import { ExportController } from '../export/ExportController';
import { useAppStoreApi } from '../store';
import { installTestHook } from '../test-hook';
import { UrlController } from '../url';
import {
  CameraController,
  ClassesController,
  ElementsController,
  EventsController,
  LayoutController,
} from './controllers';
import { CanvasToolbar } from './CanvasToolbar';
import { registerExtensions } from './register-extensions';
import { STYLESHEET } from './stylesheet';

/**
 * Owns the Cytoscape instance: created when the container mounts and destroyed when it unmounts
 * (StrictMode mounts twice; each instance is torn down with its element). Controllers do the rest.
 */
export function GraphCanvas() {
  const store = useAppStoreApi();
  const [cy, setCy] = useState<Core | null>(null);
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    registerExtensions();
    const instance = cytoscape({
      container,
      style: STYLESHEET,
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 5,
    });
    setCy(instance);
    return () => {
      setCy(null);
      instance.destroy();
    };
  }, []);

  useEffect(() => {
    if (!cy || import.meta.env.MODE !== 'e2e') return;
    return installTestHook(cy, store);
  }, [cy, store]);

  return (
    <div className="graph-view">
      <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" />
      {cy && <CanvasToolbar cy={cy} />}
      {cy && (
        <>
          <ElementsController cy={cy} />
          <LayoutController cy={cy} />
          <ClassesController cy={cy} />
          <EventsController cy={cy} />
          <CameraController cy={cy} />
          <ExportController cy={cy} />
          {/* After ExportController: it restores the link's filters/selection first. */}
          <UrlController cy={cy} />
        </>
      )}
    </div>
  );
}
