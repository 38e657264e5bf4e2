"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, Select, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createTeamAction, updateTeamAction } from "@/lib/teams/actions";

const kinds = ["door_to_door", "mobile_desk", "center_duty", "digital_community"] as const;
const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;

export function TeamForm({
  villages,
  team,
  communeId,
}: {
  villages: { id: number; name: string }[];
  team?: { id: number; name: string; kind: string; villageId: number | null; dutyWeekday: number | null };
  /** The commune an admin picked (commune roles write into their own). */
  communeId?: number;
}) {
  const t = useTranslations("teams");
  const tUi = useTranslations("fieldUi");
  const [state, action] = useActionState<FormState, FormData>(team ? updateTeamAction : createTeamAction, idleState);
  return (
    <form action={action} noValidate className="grid grid-cols-2 gap-4 p-4">
      {team ? <input type="hidden" name="id" value={team.id} /> : null}
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <div className="col-span-2">
        <TextInput state={state} name="name" label={t("fields.name")} defaultValue={team?.name} required />
      </div>
      <Select
        state={state}
        name="kind"
        label={t("fields.kind")}
        required
        defaultValue={team?.kind}
        emptyLabel=""
        options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Select
        state={state}
        name="villageId"
        label={t("fields.village")}
        defaultValue={team?.villageId?.toString()}
        emptyLabel={tUi("none")}
        options={villages.map((v) => ({ value: String(v.id), label: v.name }))}
      />
      <Select
        state={state}
        name="dutyWeekday"
        label={t("fields.dutyWeekday")}
        defaultValue={team?.dutyWeekday?.toString()}
        emptyLabel={tUi("none")}
        options={weekdays.map((d) => ({ value: d, label: t(`weekdays.${d}`) }))}
      />
      <div className="col-span-2 space-y-3">
        <FormMessage state={state} id="team-form-status" />
        <SubmitButton pendingLabel={tUi("saving")}>{tUi("save")}</SubmitButton>
      </div>
    </form>
  );
}
