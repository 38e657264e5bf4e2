import vietnam from "@/lib/map/geometry/vietnam.json";
import type { MapScene } from "@/lib/map/scene-types";
import { territoryOutlines } from "@/lib/map/territories";
import { villagePointsGeoJSON } from "@/lib/map/village-points";

// The same scene as an SVG: what prints (a WebGL canvas does not print reliably), what the
// printable reports can embed, and what the map page shows until the live map starts (at once with
// a GPU; on a PC without one, when the user reaches for it). Web Mercator, like the live map. Every
// marker carries its figures as a <title> (the browser's tooltip).

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

function projector(bounds: MapScene["bounds"], width: number, height: number, pad = 16) {
  const [[w, s], [e, n]] = bounds;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const scale = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1e-9), (height - 2 * pad) / Math.max(y1 - y0, 1e-9));
  const ox = (width - (x1 - x0) * scale) / 2;
  const oy = (height - (y1 - y0) * scale) / 2;
  return (lng: number, lat: number): [number, number] => [
    Math.round((ox + ((lng * Math.PI) / 180 - x0) * scale) * 10) / 10,
    Math.round((oy + (y1 - mercY(lat)) * scale) * 10) / 10,
  ];
}

type Ring = [number, number][];
const polygonsOf = (g: { type: string; coordinates: unknown }): Ring[][] =>
  g.type === "Polygon" ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]);

export function StaticMap({
  scene,
  title,
  width = 720,
  height = 480,
  id = "static-map",
  names = true,
  fill = false,
}: {
  scene: Pick<MapScene, "features" | "areas" | "rings" | "center" | "labels" | "bounds"> &
    Partial<Pick<MapScene, "villages">>;
  title: string;
  width?: number;
  height?: number;
  id?: string;
  names?: boolean;
  /** Fill the parent box (the map page) instead of keeping the drawing's own proportions. */
  fill?: boolean;
}) {
  const project = projector(scene.bounds, width, height);
  const path = (rings: Ring[]) =>
    rings.map((ring) => `M${ring.map(([lng, lat]) => project(lng, lat).join(",")).join("L")}Z`).join("");
  const base = (vietnam as { features: { geometry: { type: string; coordinates: unknown } }[] }).features
    .flatMap((f) => polygonsOf(f.geometry))
    .map(path)
    .join("");
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={fill ? "100%" : undefined}
      role="img"
      aria-label={title}
      data-testid={id}
      className={`block bg-[#e8eef4] ${fill ? "" : "rounded border border-slate-300"}`}
    >
      <defs>
        <clipPath id={`${id}-clip`}>
          <rect width={width} height={height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id}-clip)`}>
        <path d={base} fill="#fbfaf7" stroke="#9aa7b5" strokeWidth={0.8} fillRule="evenodd" />
        {territoryOutlines().outlines.map((o) => (
          <path
            key={o.properties.part}
            d={path(o.geometry.coordinates)}
            fill="none"
            stroke="#7f1d1d"
            strokeWidth={1}
            strokeDasharray="4 3"
          />
        ))}
        {scene.areas.map((a) => (
          <path
            key={a.properties.id}
            d={polygonsOf(a.geometry).map(path).join("")}
            fill={a.properties.color}
            fillOpacity={0.55}
            stroke="#475569"
            fillRule="evenodd"
          />
        ))}
        {scene.rings.map((r) => (
          <path
            key={r.properties.km}
            d={`M${r.geometry.coordinates.map(([lng, lat]) => project(lng, lat).join(",")).join("L")}`}
            fill="none"
            stroke="#163f80"
            strokeOpacity={0.6}
            strokeDasharray="5 4"
          />
        ))}
        {scene.features.map((f) => {
          const [x, y] = project(f.lng, f.lat);
          return (
            <g key={f.id}>
              <title>{[f.name, ...f.lines].join("\n")}</title>
              {f.emphasis === "priority" ? (
                <circle cx={x} cy={y} r={f.radius + 5} fill="none" stroke="#6a3d9a" strokeWidth={2.5} />
              ) : null}
              <circle
                cx={x}
                cy={y}
                r={f.radius}
                fill={f.color}
                fillOpacity={scene.villages ? 0.3 : 1}
                stroke={f.emphasis === "remote" ? "#6a3d9a" : "#334155"}
                strokeWidth={f.emphasis === "remote" ? 2 : 1}
              />
            </g>
          );
        })}
        {scene.villages
          ? villagePointsGeoJSON(scene.villages.points, scene.villages.layer).features.map((v) => {
              const [x, y] = project(v.geometry.coordinates[0]!, v.geometry.coordinates[1]!);
              const p = v.properties;
              return (
                <circle
                  key={p.id}
                  cx={x}
                  cy={y}
                  r={p.radius}
                  fill={p.color}
                  stroke={p.emphasis === "priority" ? "#6a3d9a" : "#475569"}
                  strokeWidth={p.emphasis === "priority" ? 1.5 : 0.6}
                >
                  <title>{`${p.name}\n${scene.villages!.classLabels[p.classKey] ?? ""}`}</title>
                </circle>
              );
            })
          : null}
        {names && scene.features.length <= 60
          ? scene.features.map((f) => {
              const [x, y] = project(f.lng, f.lat);
              return (
                <text
                  key={f.id}
                  x={x + f.radius + 3}
                  y={y + 4}
                  fontSize={11}
                  fill="#1e293b"
                  stroke="#fff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {f.name}
                </text>
              );
            })
          : null}
        {scene.center
          ? (() => {
              const [x, y] = project(scene.center.lng, scene.center.lat);
              return <circle cx={x} cy={y} r={7} fill="#163f80" stroke="#fff" strokeWidth={2.5} />;
            })()
          : null}
        {scene.labels
          .filter((l) => l.tone !== "village" && l.tone !== "area")
          .map((l) => {
            const [x, y] = project(l.lng, l.lat);
            return (
              <text
                key={`${l.tone}-${l.text}`}
                x={l.tone === "territory" && l.placement !== "below" ? x + 4 : x}
                y={l.tone === "ring" ? y - 3 : l.tone === "territory" && l.placement !== "below" ? y + 4 : y + 16}
                fontSize={11}
                textAnchor={l.tone === "territory" && l.placement !== "below" ? "start" : "middle"}
                fill={l.tone === "territory" ? "#7f1d1d" : "#163f80"}
                fontWeight={l.tone === "ring" ? 400 : 600}
                stroke="#fff"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {l.text}
              </text>
            );
          })}
      </g>
    </svg>
  );
}
