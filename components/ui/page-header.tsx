/** A page's title line: heading, a short line under it, and actions on the right. */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {subtitle ? <p className="text-sm text-slate-500">{subtitle}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export const buttonLink =
  "inline-flex items-center rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-union-700";
export const secondaryLink =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";
export const filterInput =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none";
