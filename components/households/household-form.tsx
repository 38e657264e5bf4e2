"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox, FormMessage, Select, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createHouseholdAction, updateHouseholdAction } from "@/lib/households/actions";

const flags = ["elderly", "poor", "ethnicMinority", "hasSmartphone", "hasProficientMember"] as const;

export interface HouseholdFormValues {
  id: number;
  code: string;
  headName: string;
  villageId: number;
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  hasProficientMember: boolean;
  volunteerId: number | null;
}

export function HouseholdForm({
  villages,
  volunteers,
  household,
  communeId,
}: {
  villages: { id: number; name: string }[];
  volunteers: { id: number; name: string }[];
  household?: HouseholdFormValues;
  /** The commune an admin picked (commune roles write into their own). */
  communeId?: number;
}) {
  const t = useTranslations("households");
  const tUi = useTranslations("fieldUi");
  const [state, action] = useActionState<FormState, FormData>(
    household ? updateHouseholdAction : createHouseholdAction,
    idleState,
  );
  return (
    <form action={action} noValidate className="grid max-w-2xl grid-cols-2 gap-4 p-4">
      {household ? <input type="hidden" name="id" value={household.id} /> : null}
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <TextInput state={state} name="code" label={t("fields.code")} defaultValue={household?.code} required />
      <TextInput
        state={state}
        name="headName"
        label={t("fields.headName")}
        defaultValue={household?.headName}
        required
      />
      <Select
        state={state}
        name="villageId"
        label={t("fields.village")}
        required
        defaultValue={household?.villageId.toString()}
        emptyLabel=""
        options={villages.map((v) => ({ value: String(v.id), label: v.name }))}
      />
      <Select
        state={state}
        name="assignedMemberId"
        label={t("fields.volunteer")}
        defaultValue={household?.volunteerId?.toString()}
        emptyLabel={t("nobody")}
        options={volunteers.map((v) => ({ value: String(v.id), label: v.name }))}
      />
      <fieldset className="col-span-2 grid grid-cols-2 gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("fields.flags")}</legend>
        {flags.map((f) => (
          <Checkbox key={f} state={state} name={f} label={t(`fields.${f}`)} defaultChecked={household?.[f]} />
        ))}
      </fieldset>
      <p className="col-span-2 text-xs text-slate-500">{t("privacy")}</p>
      <div className="col-span-2 space-y-3">
        <FormMessage state={state} id="household-form-status" />
        <SubmitButton pendingLabel={tUi("saving")}>{tUi("save")}</SubmitButton>
      </div>
    </form>
  );
}
