import type { Channel, Counters } from "./schemas";

// Plain shapes the records pages hand to components (which never import the queries).

export interface VillageOption {
  id: number;
  name: string;
  formerCommune: string | null;
}

export interface MemberOption {
  id: number;
  fullName: string;
  villageId: number | null;
}

export interface ProcedureOption {
  code: string;
  nameVi: string;
  nameEn: string;
  funnelStep: number | null;
}

export interface DeskOption {
  id: number;
  villageId: number;
  /** The desk's day in Vietnam, "yyyy-MM-dd". */
  day: string;
  place: string;
}

export interface EntryOptions {
  villages: VillageOption[];
  members: MemberOption[];
  procedures: ProcedureOption[];
  desks: DeskOption[];
}

export interface RecordRow extends Counters {
  id: number;
  version: number;
  servedOn: string;
  channel: Channel;
  villageId: number;
  villageName: string;
  householdCode: string | null;
  memberId: number | null;
  memberName: string | null;
  mobileDeskId: number | null;
  procedures: string[];
  note: string | null;
}

/** What the edit form starts from: the record's own values, as the form's fields name them. */
export interface RecordFormValues {
  id?: number;
  /** The version the edit starts from (see claimVersion in lib/records/commands.ts). */
  version?: number;
  servedOn: string;
  channel: Channel | "";
  villageId: string;
  householdCode: string;
  memberId: string;
  mobileDeskId: string;
  procedures: string[];
  counters: Partial<Record<keyof Counters, string>>;
  note: string;
}

/** A volunteer's (or nobody's) households not reached yet, for the funnel page's round sheets. */
export interface VolunteerRoundView {
  memberId: number | null;
  memberName: string | null;
  households: {
    id: number;
    code: string;
    headName: string;
    elderly: boolean;
    poor: boolean;
    ethnicMinority: boolean;
    hasSmartphone: boolean;
  }[];
}
