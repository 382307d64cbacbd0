import { selectRendererChoice, useAppStore, type Renderer } from '../store';
import { detectWebgl } from './webgl-support';

/** The renderer the canvas uses: the user's pick, else WebGL only where a real GPU runs it. */
export function useRenderer(): Renderer {
  return useAppStore(selectRendererChoice) ?? detectWebgl().preferred;
}
