"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex items-center gap-2 rounded-md px-3 py-1.5 text-sm ${
        active ? "bg-union-600 font-medium text-white" : "text-union-100 hover:bg-union-700 hover:text-white"
      }`}
    >
      {children}
    </Link>
  );
}
