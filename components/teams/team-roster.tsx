"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, Select } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { addTeamMemberAction, removeTeamMemberAction } from "@/lib/teams/actions";

function RemoveButton({ teamId, memberId, name }: { teamId: number; memberId: number; name: string }) {
  const t = useTranslations("teams");
  const [state, action] = useActionState<FormState, FormData>(removeTeamMemberAction, idleState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="memberId" value={memberId} />
      <SubmitButton variant="secondary" pendingLabel={t("removing")} className="!px-2 !py-0.5 text-xs">
        <span aria-label={`${t("remove")}: ${name}`}>{t("remove")}</span>
      </SubmitButton>
      <FormMessage state={state} id={`remove-${memberId}`} />
    </form>
  );
}

/** The team's members, with add and remove. */
export function TeamRoster({
  teamId,
  roster,
  candidates,
}: {
  teamId: number;
  roster: { id: number; fullName: string; active: boolean }[];
  candidates: { id: number; name: string }[];
}) {
  const t = useTranslations("teams");
  const [state, action] = useActionState<FormState, FormData>(addTeamMemberAction, idleState);
  const inTeam = new Set(roster.map((m) => m.id));
  return (
    <div>
      {roster.length === 0 ? (
        <p className="px-4 py-4 text-sm text-slate-500">{t("emptyMembers")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="team-roster">
          {roster.map((m) => (
            <li key={m.id} className="flex items-center justify-between px-4 py-1.5">
              <a href={`/members/${m.id}`} className={m.active ? "text-union-600 hover:underline" : "text-slate-500"}>
                {m.fullName}
              </a>
              <RemoveButton teamId={teamId} memberId={m.id} name={m.fullName} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="flex items-end gap-2 border-t border-slate-100 p-4">
        <input type="hidden" name="teamId" value={teamId} />
        <div className="flex-1">
          <Select
            state={state}
            name="memberId"
            label={t("fields.member")}
            emptyLabel=""
            options={candidates.filter((c) => !inTeam.has(c.id)).map((c) => ({ value: String(c.id), label: c.name }))}
          />
        </div>
        <SubmitButton pendingLabel={t("adding")}>{t("addMember")}</SubmitButton>
      </form>
      <div className="px-4 pb-3">
        <FormMessage state={state} id="team-add-status" />
      </div>
    </div>
  );
}
