import Link from "next/link";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";

/** A column header that sorts by `sortKey`; clicking the current one flips the direction. */
export function SortHeader({
  path,
  params,
  sortKey,
  current,
  dir,
  label,
  align = "left",
}: {
  path: string;
  params: SearchParams;
  sortKey: string;
  current: string;
  dir: "asc" | "desc";
  label: string;
  align?: "left" | "right";
}) {
  const active = current === sortKey;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`}
    >
      <Link href={hrefWith(path, params, { sort: sortKey, dir: nextDir, page: null })} className="hover:text-union-600">
        {label}
        {active ? <span aria-hidden> {dir === "asc" ? "▲" : "▼"}</span> : null}
      </Link>
    </th>
  );
}
