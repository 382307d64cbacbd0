import { useAppStore, type AppState, type Renderer } from '../store';
import { detectWebgl } from './webgl-support';

/** The user's pick, or null while the canvas chooses by itself. */
export const selectRendererChoice = (s: AppState) => s.renderer;

/** The renderer the canvas uses: the user's pick, else WebGL only where a real GPU runs it. */
export function useRenderer(): Renderer {
  return useAppStore(selectRendererChoice) ?? detectWebgl().preferred;
}
