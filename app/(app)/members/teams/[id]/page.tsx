import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamForm } from "@/components/teams/team-form";
import { TeamRoster } from "@/components/teams/team-roster";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions, villageOptions } from "@/lib/core/options";
import { positiveId } from "@/lib/core/url-params";
import { getTeam } from "@/lib/teams/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teams"))("title") };
}

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const team = id ? await getTeam(viewer, id) : null;
  if (!team) notFound();
  const [villages, candidates, t, tUi] = await Promise.all([
    villageOptions(viewer),
    memberOptions(viewer),
    getTranslations("teams"),
    getTranslations("fieldUi"),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={team.name}
        subtitle={t(`kinds.${team.kind}`)}
        actions={
          <Link href="/members/teams" className={secondaryLink}>
            {tUi("back")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("editTitle")} />
          <TeamForm villages={villages} team={team} />
        </Card>
        <Card>
          <CardHeader title={`${t("members")} (${team.members.length})`} />
          <TeamRoster teamId={team.id} roster={team.members} candidates={candidates} />
        </Card>
      </div>
    </div>
  );
}
