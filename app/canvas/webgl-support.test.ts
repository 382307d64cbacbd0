import { describe, expect, it } from 'vitest';
import { judgeWebgl } from './webgl-support';

describe('judgeWebgl', () => {
  it('prefers WebGL only on a hardware GPU', () => {
    expect(judgeWebgl(true, 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)').preferred).toBe(
      'webgl',
    );
    expect(judgeWebgl(true, 'Apple M2').preferred).toBe('webgl');
  });

  it('keeps Canvas on software GL, hidden GPUs and missing WebGL, and says why', () => {
    const swift = judgeWebgl(true, 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)');
    expect(swift.preferred).toBe('canvas');
    expect(swift.reason).toMatch(/software/);
    expect(judgeWebgl(true, 'llvmpipe (LLVM 15.0.6, 256 bits)').preferred).toBe('canvas');
    expect(judgeWebgl(true, null).preferred).toBe('canvas');
    const none = judgeWebgl(false, null);
    expect(none.preferred).toBe('canvas');
    expect(none.reason).toMatch(/not available/);
  });
});
