import cytoscape, { type Core } from 'cytoscape';
import type { Renderer } from '../store';
import { registerExtensions } from './register-extensions';
import { STYLESHEET } from './stylesheet';

/** Camera to start from: a recreated instance keeps the one the old instance showed. */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The network view's Cytoscape instance, drawn by the 2D canvas renderer or by its WebGL layer (experimental
 * in Cytoscape: it never emits `render`, and past zoom 8 it falls back to 2D drawing). Known quirk of 3.34:
 * creating a WebGL instance sets the layer count on the renderer's shared (unreachable) prototype, so later
 * instances in the page, the chain view's too, carry one extra blank WebGL canvas.
 */
export function createCytoscape(container: HTMLElement, renderer: Renderer, camera: Camera | null): Core {
  registerExtensions();
  const webgl = renderer === 'webgl';
  return cytoscape({
    container,
    style: STYLESHEET,
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 5,
    ...(camera ? { zoom: camera.zoom, pan: { ...camera.pan } } : {}),
    // Rendering hints may sit at the top level (typed there); Cytoscape passes them to its canvas renderer.
    webgl,
  });
}
