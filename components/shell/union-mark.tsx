/** A simple emblem: a blue disc with a star and "1+20". Drawn here so nothing is fetched. */
export function UnionMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} role="img" aria-hidden="true">
      <circle cx="24" cy="24" r="23" fill="#ffffff" />
      <circle cx="24" cy="24" r="20" fill="#1f5fbf" />
      <path d="M24 8.5l3.2 9.6h10.1l-8.2 6 3.1 9.6-8.2-5.9-8.2 5.9 3.1-9.6-8.2-6h10.1z" fill="#f5c518" />
      <text x="24" y="42" textAnchor="middle" fontSize="7.5" fontWeight="700" fill="#ffffff" fontFamily="sans-serif">
        1+20
      </text>
    </svg>
  );
}
