import { role } from "@/lib/db/schema/enums";

export type Role = (typeof role.enumValues)[number];
export const roles = role.enumValues;
export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (roles as readonly string[]).includes(value);

/** Who is looking: the account and the unit it may see. Built by getViewer() on every request. */
export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
  provinceName: string | null;
  communeName: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
}
