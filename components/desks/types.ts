// Plain props the desk forms receive (no zod, no database types in client bundles).

export interface Person {
  id: number;
  name: string;
}

export interface DeskFormDesk {
  id: number;
  version: number;
  villageId: number;
  /** yyyy-MM-dd */
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  note: string | null;
  volunteerIds: number[];
  civilServantIds: number[];
}
