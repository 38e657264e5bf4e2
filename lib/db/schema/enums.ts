import { pgEnum } from "drizzle-orm/pg-core";

export const communeKind = pgEnum("commune_kind", ["ward", "commune", "special_zone"]);
export type CommuneKind = (typeof communeKind.enumValues)[number];
export const villageKind = pgEnum("village_kind", ["thon", "to_dan_pho", "ap", "ban"]);
export type VillageKind = (typeof villageKind.enumValues)[number];
export const terrain = pgEnum("terrain", ["urban", "plain", "midland", "mountain", "island"]);
export const villageEvent = pgEnum("village_event", ["created", "renamed", "merged", "moved"]);
export const role = pgEnum("role", ["admin", "provincial_officer", "commune_secretary", "center_director"]);
export const memberKind = pgEnum("member_kind", ["union_member", "student", "military_youth", "civil_servant"]);
export const teamKind = pgEnum("team_kind", ["door_to_door", "mobile_desk", "center_duty", "digital_community"]);
export const channel = pgEnum("channel", ["door_to_door", "mobile_desk", "center"]);
export const deskStatus = pgEnum("desk_status", ["planned", "held", "cancelled"]);
export const deskStaffRole = pgEnum("desk_staff_role", ["volunteer", "civil_servant"]);
export const shift = pgEnum("shift", ["morning", "afternoon", "full_day"]);
export const indicator = pgEnum("indicator", [
  "households_reached",
  "proficient_households",
  "people_served",
  "eid_activated",
  "signatures_installed",
  "sims_given",
  "dossiers_submitted",
  "payment_apps_installed",
  "smartphones_donated",
  "mobile_desks_per_remote_village_month",
]);
