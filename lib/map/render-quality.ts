// The offices' PCs often have no GPU: the browser then draws WebGL in software (SwiftShader,
// llvmpipe, Microsoft Basic Render Driver), and every pixel of every frame costs CPU. While the
// user pans or zooms, such a map draws at half resolution (a quarter of the pixels: measured
// ≈ 1.7× the frame rate with 3,000 villages) and goes back to full resolution once it has been still
// for `sharpAfterMs`. With a GPU nothing changes. Pure, so a unit test pins the rules.

const softwareRenderers = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True when the WebGL renderer string names a software rasterizer. */
export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  return renderer != null && softwareRenderers.test(renderer);
}

/** The pixel ratio to draw at while moving: half the screen's, never below 0.5 (the text stays legible). */
export function movingPixelRatio(devicePixelRatio: number): number {
  return Math.max(0.5, devicePixelRatio / 2);
}

/** How long the map must be still before it is drawn sharp again. */
export const sharpAfterMs = 180;

/** The WebGL renderer behind a canvas's existing context (the map's), or null if the browser hides it. */
export function rendererOf(canvas: HTMLCanvasElement): string | null {
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  const info = gl?.getExtension("WEBGL_debug_renderer_info");
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
}

/**
 * What WebGL this browser offers, from a throwaway context: "none" (the live map cannot run),
 * "software" (every frame costs CPU, and MapLibre's start blocks the page for a second or more on
 * a 2-core PC) or "hardware". A renderer string the browser hides counts as hardware.
 */
export function probeWebGL(): "none" | "software" | "hardware" {
  const canvas = document.createElement("canvas");
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  if (!gl) return "none";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return isSoftwareRenderer(renderer) ? "software" : "hardware";
}
