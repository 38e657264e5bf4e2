import { getTranslations } from "next-intl/server";

interface Flags {
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  hasProficientMember: boolean;
}

/** The priority flags as small amber badges (the things that need action). */
export async function HouseholdBadges({ h }: { h: Flags }) {
  const t = await getTranslations("households.badges");
  const on = [
    h.elderly && "elderly",
    h.poor && "poor",
    h.ethnicMinority && "ethnicMinority",
    !h.hasSmartphone && "noSmartphone",
    !h.hasProficientMember && "noProficient",
  ].filter(Boolean) as string[];
  return (
    <span className="flex flex-wrap gap-1">
      {on.map((k) => (
        <span key={k} className="rounded bg-gap-50 px-1.5 py-px text-[11px] text-gap-700">
          {t(k)}
        </span>
      ))}
    </span>
  );
}
