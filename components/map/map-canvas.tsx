"use client";

import {
  Map as MapLibreMap,
  Marker,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type StyleSpecification,
} from "maplibre-gl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useMemo } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import "./map-labels.css";
import vietnam from "@/lib/map/geometry/vietnam.json";
import { isSoftwareRenderer, movingPixelRatio, rendererOf, sharpAfterMs } from "@/lib/map/render-quality";
import type { MapScene } from "@/lib/map/scene-types";
import { territoryOutlines } from "@/lib/map/territories";
import { villagePointsGeoJSON } from "@/lib/map/village-points";

// MapLibre's worker is served from public/maplibre (scripts/copy-map-worker.mjs puts it there).
// prewarm(): the worker starts loading as soon as this module is evaluated (MapPreload imports it
// while the page's figures still stream), not when the first map is created.
setWorkerUrl("/maplibre/maplibre-gl-worker.mjs");
if (typeof window !== "undefined") prewarm();

declare global {
  interface Window {
    /** Test hook: the live map, so e2e specs can query what is drawn. */
    __outreachMap?: MapLibreMap;
  }
}

const pointsOf = (scene: MapScene) => ({
  type: "FeatureCollection" as const,
  features: scene.features.map((f) => ({
    type: "Feature" as const,
    id: f.id,
    properties: {
      id: f.id,
      name: f.name,
      color: f.color,
      radius: f.radius,
      emphasis: f.emphasis ?? "none",
      classKey: f.classKey,
    },
    geometry: { type: "Point" as const, coordinates: [f.lng, f.lat] },
  })),
});

function styleFor(scene: MapScene): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...(scene.tileUrl ? { tiles: { type: "raster" as const, tiles: [scene.tileUrl], tileSize: 256 } } : {}),
      // tolerance 0: keep the small islands of Hoàng Sa and Trường Sa.
      base: { type: "geojson", data: vietnam as GeoJSON.FeatureCollection, tolerance: 0 },
      territories: { type: "geojson", data: { type: "FeatureCollection", features: territoryOutlines().outlines } },
      areas: { type: "geojson", data: { type: "FeatureCollection", features: scene.areas as GeoJSON.Feature[] } },
      rings: { type: "geojson", data: { type: "FeatureCollection", features: scene.rings } },
      center: {
        type: "geojson",
        data: {
          type: "FeatureCollection",
          features: scene.center
            ? [
                {
                  type: "Feature",
                  properties: {},
                  geometry: { type: "Point", coordinates: [scene.center.lng, scene.center.lat] },
                },
              ]
            : [],
        },
      },
      points: { type: "geojson", data: pointsOf(scene) },
      // Thousands of villages: one source, one WebGL circle layer (no DOM node per village).
      villages: {
        type: "geojson",
        data: scene.villages
          ? villagePointsGeoJSON(scene.villages.points, scene.villages.layer)
          : { type: "FeatureCollection", features: [] },
      },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#e8eef4" } },
      ...(scene.tileUrl ? [{ id: "tiles", type: "raster" as const, source: "tiles" }] : []),
      {
        id: "land",
        type: "fill",
        source: "base",
        // No anti-aliased outline pass (the edge is its own line layer): one program and one draw fewer.
        paint: { "fill-color": "#fbfaf7", "fill-opacity": scene.tileUrl ? 0 : 1, "fill-antialias": false },
      },
      { id: "land-edge", type: "line", source: "base", paint: { "line-color": "#9aa7b5", "line-width": 1 } },
      {
        id: "territories",
        type: "line",
        source: "territories",
        paint: { "line-color": "#7f1d1d", "line-width": 1.2, "line-dasharray": [3, 2] },
      },
      {
        id: "areas",
        type: "fill",
        source: "areas",
        paint: { "fill-color": ["get", "color"], "fill-opacity": 0.55, "fill-antialias": false },
      },
      { id: "areas-edge", type: "line", source: "areas", paint: { "line-color": "#475569", "line-width": 1.2 } },
      {
        id: "rings",
        type: "line",
        source: "rings",
        paint: { "line-color": "#163f80", "line-width": 1, "line-opacity": 0.55, "line-dasharray": [4, 3] },
      },
      {
        id: "points-priority",
        type: "circle",
        source: "points",
        filter: ["==", ["get", "emphasis"], "priority"],
        paint: {
          "circle-radius": ["+", ["get", "radius"], 5],
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": "#6a3d9a",
          "circle-stroke-width": 2.5,
        },
      },
      {
        id: "points",
        type: "circle",
        source: "points",
        paint: {
          "circle-radius": ["get", "radius"],
          "circle-color": ["get", "color"],
          // Under village dots a commune's bubble is a light disc, so the dots read on top of it.
          "circle-opacity": scene.villages ? 0.3 : 1,
          "circle-stroke-color": ["match", ["get", "emphasis"], "remote", "#6a3d9a", "#334155"],
          "circle-stroke-width": ["match", ["get", "emphasis"], "remote", 2, 1],
        },
      },
      {
        id: "villages",
        type: "circle",
        source: "villages",
        paint: {
          // Dots grow a little as the user zooms in; radius by households from the data.
          "circle-radius": [
            "interpolate",
            ["linear"],
            ["zoom"],
            6,
            ["*", ["get", "radius"], 0.7],
            10,
            ["get", "radius"],
            13,
            ["*", ["get", "radius"], 1.8],
          ],
          "circle-color": ["get", "color"],
          // A dot is too small for the commune map's remote outline: only priority villages get a ring.
          "circle-stroke-color": ["match", ["get", "emphasis"], "priority", "#6a3d9a", "#475569"],
          "circle-stroke-width": ["match", ["get", "emphasis"], "priority", 1.5, 0.6],
        },
      },
      {
        id: "points-focus",
        type: "circle",
        source: "points",
        filter: ["==", ["get", "id"], -1],
        paint: {
          "circle-radius": ["+", ["get", "radius"], 2],
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": "#1f5fbf",
          "circle-stroke-width": 3,
        },
      },
      {
        id: "center",
        type: "circle",
        source: "center",
        paint: {
          "circle-radius": 7,
          "circle-color": "#163f80",
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2.5,
        },
      },
    ],
  };
}

/** A village dot's tooltip: its name and its class on the current layer. */
function villageTip(scene: MapScene, id: number): { name: string; lines: string[] } | undefined {
  const v = scene.villages;
  const i = v ? v.points.ids.indexOf(id) : -1;
  if (!v || i < 0) return undefined;
  const c = v.points.classes[i]!;
  return { name: v.points.names[i]!, lines: [v.classLabels[c < 0 ? "none" : `c${c}`] ?? ""] };
}

export interface MapCanvasProps {
  scene: MapScene;
  focusId: number | null;
  showRings: boolean;
  showPriority: boolean;
  label: string;
  onHover: (id: number | null) => void;
}

export default function MapCanvas({ scene, focusId, showRings, showPriority, label, onHover }: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [tip, setTip] = useState<{ kind: "area" | "village"; id: number; x: number; y: number } | null>(null);
  const router = useRouter();
  // The areas by id: for this render (the tooltip), and through a ref for MapLibre's handlers,
  // which are registered once and must see the latest scene.
  const areasById = useMemo(() => new Map(scene.features.map((f) => [f.id, f])), [scene.features]);
  const byId = useRef(areasById);
  useEffect(() => {
    byId.current = areasById;
  }, [areasById]);
  const focusRef = useRef(focusId);
  useEffect(() => {
    focusRef.current = focusId;
  }, [focusId]);

  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({
      container: container.current,
      style: styleFor(scene),
      bounds: scene.bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // A flat, north-up map without symbol layers: no pitch, no label fading, no copies of the
      // world side by side (each copy is drawn again at low zoom). Software WebGL (no GPU in the
      // offices' PCs) pays for every pass.
      maxPitch: 0,
      fadeDuration: 0,
      renderWorldCopies: false,
    });
    mapRef.current = map;
    window.__outreachMap = map;
    map.touchZoomRotate.disableRotation();
    const markers = scene.labels.map((l) => {
      const el = document.createElement("div");
      el.className = `map-label map-label-${l.tone}`;
      el.textContent = l.text;
      const beside = (l.tone === "village" || l.tone === "area" || l.tone === "territory") && l.placement !== "below";
      const anchor = l.tone === "ring" ? "bottom" : beside ? "left" : "top";
      return new Marker({
        element: el,
        anchor,
        offset: beside ? [l.offset ?? 10, 0] : l.tone === "territory" ? [0, 4] : [0, 0],
      })
        .setLngLat([l.lng, l.lat])
        .addTo(map);
    });
    // One handler for both layers: the top-most feature under the pointer (a village dot over its
    // commune's bubble) wins, and ids of the two layers never mix.
    const hit = (point: { x: number; y: number }) => {
      const [f] = map.queryRenderedFeatures([point.x, point.y], {
        layers: scene.villages ? ["villages", "points"] : ["points"],
      });
      const id = Number(f?.properties?.id);
      return f && Number.isFinite(id)
        ? { kind: f.layer.id === "villages" ? ("village" as const) : ("area" as const), id }
        : null;
    };
    // No hit test while the map moves (a drag is a stream of mousemoves): the tooltip would not
    // follow the dot anyway, and queryRenderedFeatures per event costs frames.
    // A resize of our own (the pixel ratio, below) is no move of the user's: the focused tip stays.
    let resizing = false;
    map.on("movestart", () => {
      if (resizing) return;
      setTip(null);
      onHover(null);
    });
    // The list's focused village keeps its tip: placed again where its dot is once the map stops.
    map.on("moveend", () => {
      const f = focusRef.current == null ? undefined : byId.current.get(focusRef.current);
      if (!f) return;
      const p = map.project([f.lng, f.lat]);
      setTip({ kind: "area", id: f.id, x: p.x, y: p.y });
    });
    map.on("mousemove", (e) => {
      if (map.isMoving()) return;
      const found = hit(e.point);
      map.getCanvas().style.cursor = found ? "pointer" : "";
      setTip(found ? { ...found, x: e.point.x, y: e.point.y } : null);
      onHover(found?.kind === "area" ? found.id : null);
    });
    map.on("mouseout", () => {
      setTip(null);
      onHover(null);
    });
    map.on("click", (e) => {
      const found = hit(e.point);
      if (found?.kind === "village") router.push(`/villages/${found.id}`);
      else if (found) {
        const feature = byId.current.get(found.id);
        if (feature) router.push(feature.href);
      }
    });
    // Software WebGL (no GPU): half resolution while moving, sharp again once still (render-quality.ts).
    let softTimer: ReturnType<typeof setTimeout> | null = null;
    const software = isSoftwareRenderer(rendererOf(map.getCanvas()));
    container.current.dataset.softwareGl = String(software);
    if (software) {
      // setPixelRatio resizes the canvas, and a resize fires move events of its own: those are ours, ignored.
      const drawAt = (ratio: number) => {
        resizing = true;
        try {
          map.setPixelRatio(ratio);
        } finally {
          resizing = false;
        }
      };
      const sharp = () => {
        softTimer = null;
        drawAt(window.devicePixelRatio);
        container.current?.removeAttribute("data-moving-pixel-ratio");
      };
      // The first frames (sources arriving one by one, each program's first use) are drawn at the
      // moving resolution too; the map turns sharp once it is first idle.
      drawAt(movingPixelRatio(window.devicePixelRatio));
      map.once("idle", () => {
        if (!softTimer) drawAt(window.devicePixelRatio);
      });
      map.on("move", () => {
        if (resizing) return;
        if (softTimer) clearTimeout(softTimer);
        else {
          const ratio = movingPixelRatio(window.devicePixelRatio);
          drawAt(ratio);
          container.current?.setAttribute("data-moving-pixel-ratio", String(ratio));
        }
        softTimer = setTimeout(sharp, sharpAfterMs);
      });
    }
    map.once("idle", () => container.current?.setAttribute("data-map-ready-ms", String(Math.round(performance.now())))); // time to first idle, for npm run bench
    map.on("idle", () => container.current?.setAttribute("data-map-ready", "true"));
    return () => {
      if (softTimer) clearTimeout(softTimer);
      markers.forEach((m) => m.remove());
      if (window.__outreachMap === map) delete window.__outreachMap;
      map.remove();
      mapRef.current = null;
    };
    // The scene is fixed for the page's life (a new URL renders a new page); toggles are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      map.setLayoutProperty("rings", "visibility", showRings ? "visible" : "none");
      map.setLayoutProperty("points-priority", "visibility", showPriority ? "visible" : "none");
      map.setFilter("points-focus", ["==", ["get", "id"], focusId ?? -1]);
      void (map.getSource("points") as GeoJSONSource | undefined)?.setData(pointsOf(scene));
      const f = focusId == null ? undefined : areasById.get(focusId);
      if (f) {
        const p = map.project([f.lng, f.lat]);
        setTip({ kind: "area", id: f.id, x: p.x, y: p.y });
      } else {
        setTip(null);
      }
    };
    if (map.isStyleLoaded()) apply();
    else map.once("load", apply);
  }, [showRings, showPriority, focusId, scene, areasById]);

  const tipFeature =
    tip?.kind === "area" ? areasById.get(tip.id) : tip?.kind === "village" ? villageTip(scene, tip.id) : undefined;
  return (
    <div className="relative h-full w-full">
      <div
        ref={container}
        className="h-full w-full"
        role="region"
        aria-label={label}
        data-testid="map-canvas"
        data-village-count={scene.villages?.points.ids.length ?? 0}
      />
      {tipFeature && tip ? (
        <div
          className="pointer-events-none absolute z-10 w-56 -translate-x-1/2 -translate-y-full rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg"
          style={{ left: tip.x, top: tip.y - 14 }}
          data-testid="map-tooltip"
        >
          <p className="font-semibold text-slate-900">{tipFeature.name}</p>
          {tipFeature.lines.map((line) => (
            <p key={line} className="tabular text-slate-600">
              {line}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
