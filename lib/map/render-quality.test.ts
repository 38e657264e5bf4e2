import { describe, expect, it } from "vitest";
import { isSoftwareRenderer, movingPixelRatio, sharpAfterMs } from "./render-quality";

describe("render quality while moving", () => {
  it("recognises software rasterizers, not GPUs", () => {
    expect(
      isSoftwareRenderer(
        "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
      ),
    ).toBe(true);
    expect(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
    expect(isSoftwareRenderer("ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)")).toBe(true);
    expect(isSoftwareRenderer("ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)")).toBe(false);
    expect(isSoftwareRenderer("Mesa Intel(R) HD Graphics 530 (SKL GT2)")).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });

  it("halves the pixel ratio while moving, never below 0.5", () => {
    expect(movingPixelRatio(1)).toBe(0.5);
    expect(movingPixelRatio(2)).toBe(1);
    expect(movingPixelRatio(0.8)).toBe(0.5);
  });

  it("goes sharp again soon after the map stops", () => {
    expect(sharpAfterMs).toBeGreaterThan(50);
    expect(sharpAfterMs).toBeLessThanOrEqual(300);
  });
});
