"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Field, inputClass, invalidProps } from "@/components/ui/form";
import { lookupHouseholdAction, type HouseholdLookup } from "@/lib/records/actions";

type Lookup =
  { state: "idle" } | { state: "looking" } | { state: "found"; household: HouseholdLookup } | { state: "missing" };

/**
 * The optional household code. As it is typed the household is looked up in the viewer's commune
 * (the command checks again on save) and its head and village are shown; the village is pre-selected.
 */
export function HouseholdCodeInput({
  defaultValue,
  errors,
  villageName,
  onFound,
}: {
  defaultValue: string;
  errors?: string[];
  villageName: (id: number) => string;
  onFound: (household: HouseholdLookup) => void;
}) {
  const t = useTranslations("records");
  const [lookup, setLookup] = useState<Lookup>({ state: "idle" });
  const latest = useRef("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The latest callback, for the lookup that answers after a re-render.
  const onFoundRef = useRef(onFound);
  useEffect(() => {
    onFoundRef.current = onFound;
  }, [onFound]);

  const look = (code: string) => {
    const clean = code.trim();
    latest.current = clean;
    clearTimeout(timer.current);
    if (!clean) {
      setLookup({ state: "idle" });
      return;
    }
    setLookup({ state: "looking" });
    timer.current = setTimeout(() => {
      void lookupHouseholdAction(clean)
        .catch(() => null)
        .then((household) => {
          if (latest.current !== clean) return;
          if (household) {
            setLookup({ state: "found", household });
            onFoundRef.current(household);
          } else setLookup({ state: "missing" });
        });
    }, 250);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  const hint =
    lookup.state === "looking" ? (
      t("household.looking")
    ) : lookup.state === "found" ? (
      <span className="text-covered-700" data-testid="household-found">
        {t("household.found", { head: lookup.household.headName, village: villageName(lookup.household.villageId) })}
      </span>
    ) : lookup.state === "missing" ? (
      <span className="text-gap-700">{t("household.notFound")}</span>
    ) : (
      t("fields.householdHint")
    );

  return (
    <Field
      compact
      name="householdCode"
      label={t("fields.household")}
      errors={errors}
      className="w-52"
      hint={<span aria-live="polite">{hint}</span>}
    >
      <input
        id="householdCode"
        name="householdCode"
        defaultValue={defaultValue}
        onChange={(e) => look(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
        {...invalidProps("householdCode", errors)}
      />
    </Field>
  );
}
