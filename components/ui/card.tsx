export function Card({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <section className={`rounded-lg border border-slate-200 bg-white shadow-sm ${className}`}>{children}</section>;
}

export function CardHeader({ title, aside }: { title: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
      <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
      {aside}
    </div>
  );
}
