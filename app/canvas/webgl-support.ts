import type { Renderer } from '../store';

/** What the browser's WebGL is, and which renderer the canvas should start with because of it. */
export interface WebglSupport {
  /** WebGL 2 exists at all (Cytoscape's WebGL layer needs it). */
  available: boolean;
  /** The GPU as the driver names it, when the browser tells. */
  gpu: string | null;
  preferred: Renderer;
  /** Why `preferred`, in words for a tooltip. */
  reason: string;
}

// Software rasterisers: Cytoscape's WebGL layer measured slower than its 2D canvas on them (issue 5).
const SOFTWARE_GL = /SwiftShader|llvmpipe|softpipe|software|Microsoft Basic Render/i;

/** Decides from a driver's renderer string; pure, so the rule is testable without a browser. */
export function judgeWebgl(available: boolean, gpu: string | null): WebglSupport {
  if (!available) return { available, gpu, preferred: 'canvas', reason: 'WebGL 2 is not available in this browser.' };
  if (gpu === null) {
    return { available, gpu, preferred: 'canvas', reason: 'The browser hides its GPU, so Canvas is the safe default.' };
  }
  if (SOFTWARE_GL.test(gpu)) {
    return { available, gpu, preferred: 'canvas', reason: `WebGL runs in software here (${gpu}): slower than Canvas.` };
  }
  return { available, gpu, preferred: 'webgl', reason: `WebGL runs on a GPU here (${gpu}): faster on large graphs.` };
}

let cached: WebglSupport | null = null;

/** Probes WebGL once per page with a throwaway context (released at once: browsers cap live contexts). */
export function detectWebgl(): WebglSupport {
  if (cached) return cached;
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
  } catch {
    gl = null;
  }
  let gpu: string | null = null;
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
    gpu = typeof name === 'string' && name.length > 0 ? name : null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
  cached = judgeWebgl(gl !== null, gpu);
  return cached;
}
