import {
  BarChart3,
  BookOpenCheck,
  CalendarClock,
  ClipboardList,
  FileText,
  Home,
  Landmark,
  ListChecks,
  Map,
  ScrollText,
  Tent,
  UserCog,
  Users,
  UsersRound,
  type LucideIcon,
} from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/roles";
import { visibleNav, type NavKey } from "./nav-items";
import { NavLink } from "./nav-link";
import { UnionMark } from "./union-mark";

const icons: Record<NavKey, LucideIcon> = {
  overview: Home,
  province: Landmark,
  map: Map,
  reports: FileText,
  records: ClipboardList,
  households: UsersRound,
  assignments: ListChecks,
  members: Users,
  trainings: BookOpenCheck,
  desks: Tent,
  roster: CalendarClock,
  accounts: UserCog,
  audit: ScrollText,
};

export async function Sidebar({ role }: { role: Role }) {
  const [t, tApp] = await Promise.all([getTranslations("nav"), getTranslations("app")]);
  return (
    <aside className="no-print flex w-60 shrink-0 flex-col bg-union-800 text-white" data-surface="dark">
      <div className="flex items-center gap-2 px-4 py-4">
        <UnionMark className="h-9 w-9 shrink-0" />
        <div className="leading-tight">
          <p className="text-sm font-semibold">{tApp("name")}</p>
          <p className="text-[11px] text-union-200">{tApp("tagline")}</p>
        </div>
      </div>
      <nav aria-label={t("main")} className="flex-1 space-y-4 overflow-y-auto px-2 pb-4">
        {visibleNav(role).map((group) => (
          <div key={group.key}>
            <p className="px-3 pb-1 text-[11px] font-semibold uppercase tracking-wider text-union-300">
              {t(`groups.${group.key}`)}
            </p>
            <ul className="space-y-0.5">
              {group.items.map((item) => {
                const Icon = icons[item.key];
                const label = (
                  <>
                    <Icon className="h-4 w-4 shrink-0" aria-hidden />
                    <span className="flex-1">{t(item.key)}</span>
                  </>
                );
                return (
                  <li key={item.key}>
                    {item.href ? (
                      <NavLink href={item.href}>{label}</NavLink>
                    ) : (
                      <span
                        className="flex items-center gap-2 rounded-md px-3 py-1.5 text-sm text-union-300"
                        aria-disabled="true"
                      >
                        {label}
                        <span className="rounded bg-union-700 px-1.5 py-px text-[10px] text-union-200">
                          {t("soon")}
                        </span>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <div className="flex items-center gap-1.5 border-t border-union-700 px-4 py-3 text-[11px] text-union-300">
        <BarChart3 className="h-3.5 w-3.5" aria-hidden />
        <span>{tApp("union")}</span>
      </div>
    </aside>
  );
}
