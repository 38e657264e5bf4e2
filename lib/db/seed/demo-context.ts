import type { DemoCalendar } from "./demo-calendar";
import type { CampaignSpec, MemberKind, TeamKind } from "./demo-campaigns";
import type { CommuneSpec, VillageSpec } from "./demo-places";
import type { Point } from "./geo";
import type { NameGroup, Region } from "./names";

// What one seeding step hands to the next: the rows inserted so far, with their generated ids.

export interface SeededVillage {
  id: number;
  communeId: number;
  spec: VillageSpec;
  point: Point;
  distanceKm: number;
  nameGroup: NameGroup;
  households: SeededHousehold[];
}

export interface SeededCommune {
  id: number;
  provinceId: number;
  provinceCode: string;
  spec: CommuneSpec;
  region: Region;
  campaign: CampaignSpec | null;
  serviceCenterId: number | null;
  formerIds: Map<string, number>;
  villages: SeededVillage[];
  members: SeededMember[];
  teams: SeededTeam[];
  /** The commune's secretary / center director account, if the demo has one (for created_by). */
  secretaryUserId: number | null;
  directorUserId: number | null;
}

export interface SeededMember {
  id: number;
  communeId: number;
  kind: MemberKind;
  villageId: number | null;
  fullName: string;
  joinedOn: string;
}

export interface SeededTeam {
  id: number;
  kind: TeamKind;
  name: string;
  weekday: number | null;
  villageId: number | null;
  memberIds: number[];
  civilServantIds: number[];
}

export interface SeededHousehold {
  id: number;
  villageId: number;
  communeId: number;
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  assignedMemberId: number | null;
  /** Door-to-door visit days planned for this household (first one first), empty if not reached. */
  visits: string[];
  /** The visit on which a donated smartphone was handed over (Ninh Kiều's 14). */
  smartphoneOn: string | null;
}

export interface DeskHeld {
  id: number;
  communeId: number;
  villageId: number;
  day: string;
  volunteerIds: number[];
}

export interface RosterDay {
  communeId: number;
  day: string;
  memberIds: number[];
}

export interface DemoContext {
  seed: number;
  calendar: DemoCalendar;
  communes: SeededCommune[];
  provinceIds: Map<string, number>;
  userIds: Map<string, number>;
  desksHeld: DeskHeld[];
  roster: RosterDay[];
}
