"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { probeWebGL } from "@/lib/map/render-quality";
import type { MapScene } from "@/lib/map/scene-types";
import { StaticMap } from "./static-map";

// The map island: MapLibre loads only here, in the browser (ssr: false), so no other page pays for
// it. Beside it, an accessible list of the same markers: focus one to see its figures on the map,
// press Enter to open it.
//
// First the same scene as an SVG (drawn with the page, nothing to start). Once the page is idle, a
// throwaway WebGL context tells what the browser draws with: with a GPU the live map starts at
// once; in software (an office PC without a usable GPU: MapLibre's start then blocks the page for
// a second or more) it starts when the user reaches for it — the pointer over the map, a wheel, a
// touch, the button, or a marker of the list; without WebGL the SVG is the map.
const MapCanvas = dynamic(() => import("./map-canvas"), { ssr: false, loading: () => null });

// What this browser's WebGL was found to be on an earlier visit (probeWebGL), so the next visit
// need not probe again, and can load MapLibre early when it will start at once.
const glKey = "outreach.webgl";
function rememberedGL(): ReturnType<typeof probeWebGL> | null {
  try {
    const v = window.localStorage.getItem(glKey);
    return v === "none" || v === "software" || v === "hardware" ? v : null;
  } catch {
    return null;
  }
}
function rememberGL(v: ReturnType<typeof probeWebGL>) {
  try {
    window.localStorage.setItem(glKey, v);
  } catch {
    // Private mode or storage full: probe again next time.
  }
}

/**
 * With a GPU (known from an earlier visit), starts loading MapLibre (and, from that module, its
 * worker) as soon as the page's head is hydrated, while the server still streams the figures: the
 * map is ready sooner after they arrive. Without one, MapLibre's 1 MB is evaluated only when the
 * user reaches for the live map (evaluating it is a long task of its own on a slow PC). The same
 * import as the dynamic() above, so the browser fetches the chunk once.
 */
export function MapPreload() {
  useEffect(() => {
    if (rememberedGL() === "hardware") void import("./map-canvas");
  }, []);
  return null;
}

/** What stands in the map's place while its figures stream in. */
export function MapPending({ height, label }: { height: number; label: string }) {
  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_19rem]" aria-busy="true" data-testid="map-pending">
      <div
        className="flex items-center justify-center rounded-lg border border-slate-200 bg-slate-50 text-sm text-slate-500"
        style={{ height }}
      >
        {label}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white" style={{ height: Math.min(height, 320) }} />
    </div>
  );
}

export interface MapViewText {
  mapLabel: string;
  listTitle: string;
  listEmpty: string;
  rings: string | null;
  priority: string | null;
  priorityBadge: string;
  remoteBadge: string;
  goLive: string;
  staticLabel: string;
}

export function MapView({
  scene,
  text,
  height = 450,
  children,
}: {
  scene: MapScene;
  text: MapViewText;
  height?: number;
  children?: React.ReactNode;
}) {
  const [focusId, setFocusId] = useState<number | null>(null);
  const [hoverId, setHoverId] = useState<number | null>(null);
  const [showRings, setShowRings] = useState(true);
  const [showPriority, setShowPriority] = useState(true);
  // "static": the SVG, live map on demand; "live": MapLibre over the SVG; "svg-only": no WebGL.
  const [mode, setMode] = useState<"probing" | "static" | "live" | "svg-only">("probing");
  const goLive = useCallback(() => setMode((m) => (m === "static" || m === "probing" ? "live" : m)), []);
  useEffect(() => {
    const decide = () =>
      setMode((m) => {
        if (m !== "probing") return m;
        const gl = rememberedGL() ?? probeWebGL();
        rememberGL(gl);
        return gl === "hardware" ? "live" : gl === "software" ? "static" : "svg-only";
      });
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(decide, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(decide, 300);
    return () => window.clearTimeout(handle);
  }, []);
  const live = mode === "live";
  const reach = mode === "static" || mode === "probing" ? goLive : undefined;
  const focusFeature = (id: number) => {
    setFocusId(id);
    reach?.();
  };

  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_19rem]">
      <div className="print:hidden">
        {text.rings || text.priority ? (
          <div className="mb-2 flex flex-wrap gap-4 text-sm text-slate-700" role="group">
            {text.rings ? (
              <label className="inline-flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={showRings}
                  onChange={(e) => setShowRings(e.target.checked)}
                  data-testid="toggle-rings"
                />
                {text.rings}
              </label>
            ) : null}
            {text.priority ? (
              <label className="inline-flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={showPriority}
                  onChange={(e) => setShowPriority(e.target.checked)}
                  data-testid="toggle-priority"
                />
                {text.priority}
              </label>
            ) : null}
          </div>
        ) : null}
        <div
          className="relative overflow-hidden rounded-lg border border-slate-200"
          style={{ height }}
          data-testid="map-box"
          data-map-mode={mode}
          onPointerEnter={reach}
          onWheel={reach}
          onTouchStart={reach}
        >
          {/* Under the live map until it has drawn over it (its canvas is opaque). */}
          <div className="absolute inset-0" aria-hidden={live || undefined}>
            <StaticMap scene={scene} title={text.staticLabel} id="map-svg" width={760} height={height} fill />
          </div>
          {live ? (
            <div className="absolute inset-0">
              <MapCanvas
                scene={scene}
                focusId={focusId}
                showRings={showRings}
                showPriority={showPriority}
                label={text.mapLabel}
                onHover={setHoverId}
              />
            </div>
          ) : mode === "static" ? (
            <button
              type="button"
              onClick={goLive}
              className="absolute left-2 top-2 z-10 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-union-700 shadow hover:bg-union-50"
              data-testid="map-go-live"
            >
              {text.goLive}
            </button>
          ) : null}
          {scene.insets.map((inset, i) => (
            <figure
              key={inset.title}
              className="absolute bottom-2 right-2 z-10 w-44 rounded border border-slate-300 bg-white p-1 shadow"
              data-testid="map-inset"
              style={{ bottom: 8 + i * 150 }}
            >
              <StaticMap
                id={`inset-${i}`}
                names={false}
                width={168}
                height={110}
                title={inset.title}
                scene={{
                  features: scene.features.filter((f) => inset.featureIds.includes(f.id)),
                  areas: [],
                  rings: [],
                  center: null,
                  labels: [],
                  bounds: inset.bounds,
                }}
              />
              <figcaption className="px-1 pt-0.5 text-[11px] font-medium leading-tight text-slate-700">
                {inset.title}
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
      <div className="space-y-3">
        {children}
        <nav aria-label={text.listTitle} className="rounded-lg border border-slate-200 bg-white print:hidden">
          <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold text-slate-800">
            {text.listTitle} <span className="font-normal text-slate-500">({scene.features.length})</span>
          </h2>
          {scene.features.length === 0 ? (
            <p className="px-3 py-4 text-sm text-slate-500">{text.listEmpty}</p>
          ) : (
            <ul className="overflow-y-auto" style={{ maxHeight: Math.max(160, height - 200) }} data-testid="map-list">
              {scene.features.map((f) => (
                <li key={f.id}>
                  <Link
                    href={f.href}
                    data-feature-id={f.id}
                    data-class={f.classKey}
                    onFocus={() => focusFeature(f.id)}
                    onBlur={() => setFocusId((id) => (id === f.id ? null : id))}
                    onMouseEnter={() => focusFeature(f.id)}
                    onMouseLeave={() => setFocusId((id) => (id === f.id ? null : id))}
                    className={`flex items-start gap-2 px-3 py-1.5 text-sm hover:bg-union-50 focus:bg-union-50 ${hoverId === f.id ? "bg-union-50" : ""}`}
                  >
                    <span
                      aria-hidden
                      className={`mt-1 inline-block h-3 w-3 shrink-0 rounded-full border ${f.emphasis === "priority" ? "border-[#6a3d9a] ring-2 ring-[#6a3d9a]/60" : f.emphasis === "remote" ? "border-2 border-[#6a3d9a]" : "border-slate-500"}`}
                      style={{ backgroundColor: f.color }}
                    />
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium text-slate-800">
                        {f.name}
                        {f.emphasis === "priority" ? (
                          <span className="ml-1 rounded bg-[#efe6f6] px-1 text-[10px] font-semibold text-[#6a3d9a]">
                            {text.priorityBadge}
                          </span>
                        ) : f.emphasis === "remote" ? (
                          <span className="ml-1 rounded bg-slate-100 px-1 text-[10px] text-slate-600">
                            {text.remoteBadge}
                          </span>
                        ) : null}
                      </span>
                      <span className="tabular block text-xs text-slate-500">{f.lines[0]}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>
      </div>
    </div>
  );
}
