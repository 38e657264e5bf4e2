"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, Select, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createMemberAction, updateMemberAction } from "@/lib/members/actions";

const kinds = ["union_member", "student", "military_youth", "civil_servant"] as const;

export interface MemberFormValues {
  id: number;
  fullName: string;
  kind: string;
  villageId: number | null;
  affiliation: string | null;
  joinedOn: string | null;
}

/** `communeId`: the commune an admin picked (commune roles write into their own). */
export function MemberForm({
  villages,
  member,
  communeId,
}: {
  villages: { id: number; name: string }[];
  member?: MemberFormValues;
  communeId?: number;
}) {
  const t = useTranslations("members");
  const tUi = useTranslations("fieldUi");
  const [state, action] = useActionState<FormState, FormData>(
    member ? updateMemberAction : createMemberAction,
    idleState,
  );
  const joined = member?.joinedOn ? member.joinedOn.split("-").reverse().join("/") : "";
  return (
    <form
      action={action}
      noValidate
      className="grid max-w-2xl grid-cols-2 gap-4 p-4"
      aria-describedby="member-form-status"
    >
      {member ? <input type="hidden" name="id" value={member.id} /> : null}
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <div className="col-span-2">
        <TextInput
          state={state}
          name="fullName"
          label={t("fields.fullName")}
          defaultValue={member?.fullName}
          required
        />
      </div>
      <Select
        state={state}
        name="kind"
        label={t("fields.kind")}
        required
        defaultValue={member?.kind}
        emptyLabel=""
        options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Select
        state={state}
        name="villageId"
        label={t("fields.village")}
        defaultValue={member?.villageId?.toString()}
        emptyLabel={tUi("none")}
        options={villages.map((v) => ({ value: String(v.id), label: v.name }))}
      />
      <TextInput state={state} name="affiliation" label={t("fields.affiliation")} defaultValue={member?.affiliation} />
      <TextInput
        state={state}
        name="joinedOn"
        label={t("fields.joinedOn")}
        defaultValue={joined}
        placeholder={tUi("dateHint")}
      />
      <div className="col-span-2 space-y-3">
        <FormMessage state={state} id="member-form-status" />
        <SubmitButton pendingLabel={tUi("saving")}>{tUi("save")}</SubmitButton>
      </div>
    </form>
  );
}
