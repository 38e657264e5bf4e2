// The "1+20" balancer: proposes who looks after which household. Pure code, no I/O, deterministic.
//
// Rules, in the order they win:
//  1. nobody ends over the cap (over-cap volunteers keep their nearest, most vulnerable households);
//  2. a household is assigned at most once;
//  3. existing assignments to active volunteers are kept (stability);
//  4. households of deactivated (or unknown) volunteers and unassigned ones go to the nearest
//     volunteer with room, the most vulnerable households first, so when capacity is short it is
//     the least vulnerable that stay unassigned.

export const defaultCap = 20;

export interface BalancerHousehold {
  id: number;
  villageId: number;
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  hasProficientMember: boolean;
  assigneeId: number | null;
}

export interface BalancerVolunteer {
  id: number;
  /** Home village; volunteers without one take households only when no one nearer has room. */
  villageId: number | null;
  active: boolean;
}

export interface BalancerVillage {
  id: number;
  lat: number;
  lng: number;
}

export interface BalancerInput {
  households: readonly BalancerHousehold[];
  volunteers: readonly BalancerVolunteer[];
  villages: readonly BalancerVillage[];
  cap?: number;
}

/** One proposed change: `toVolunteerId` null means the household is released (no room anywhere). */
export interface Move {
  householdId: number;
  fromVolunteerId: number | null;
  toVolunteerId: number | null;
}

/** 0–5: elderly, poor, ethnic minority, no smartphone, no proficient member. */
export function priorityOf(h: BalancerHousehold): number {
  return (
    Number(h.elderly) +
    Number(h.poor) +
    Number(h.ethnicMinority) +
    Number(!h.hasSmartphone) +
    Number(!h.hasProficientMember)
  );
}

// Volunteers with no home village sit "far away" from every household, but still take some.
const unknownDistanceKm = 1_000_000;

function haversineKm(a: BalancerVillage, b: BalancerVillage): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(s)));
}

function distanceFunction(villages: readonly BalancerVillage[]) {
  const byId = new Map(villages.map((v) => [v.id, v]));
  return (from: number | null, to: number): number => {
    if (from == null) return unknownDistanceKm;
    if (from === to) return 0;
    const a = byId.get(from);
    const b = byId.get(to);
    // Unknown coordinates: farther than any known village, nearer than "no home village".
    return a && b ? haversineKm(a, b) : unknownDistanceKm / 2;
  };
}

export function balance(input: BalancerInput): Move[] {
  const cap = Math.max(0, Math.floor(input.cap ?? defaultCap));
  const distance = distanceFunction(input.villages);
  const active = [...input.volunteers].filter((v) => v.active).sort((a, b) => a.id - b.id);
  const activeById = new Map(active.map((v) => [v.id, v]));

  // Deduplicate households by id (the first one wins) so "at most once" holds even on odd input.
  const seen = new Set<number>();
  const households = [...input.households]
    .sort((a, b) => a.id - b.id)
    .filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));

  const final = new Map<number, number | null>();
  const load = new Map<number, number>(active.map((v) => [v.id, 0]));
  const pool: BalancerHousehold[] = [];

  // Stability: keep assignments to active volunteers, at most `cap` each. An over-cap volunteer
  // keeps the households nearest home, then the most vulnerable, then the oldest ids.
  const kept = new Map<number, BalancerHousehold[]>();
  for (const h of households) {
    const owner = h.assigneeId == null ? undefined : activeById.get(h.assigneeId);
    if (owner) (kept.get(owner.id) ?? kept.set(owner.id, []).get(owner.id)!).push(h);
    else pool.push(h);
  }
  for (const [volunteerId, list] of kept) {
    const home = activeById.get(volunteerId)!.villageId;
    list.sort(
      (a, b) =>
        distance(home, a.villageId) - distance(home, b.villageId) || priorityOf(b) - priorityOf(a) || a.id - b.id,
    );
    list.forEach((h, i) => {
      if (i < cap) {
        final.set(h.id, volunteerId);
        load.set(volunteerId, i + 1);
      } else pool.push(h);
    });
  }

  // Placement: the most vulnerable first; each to the nearest volunteer with room, the less
  // loaded one on a tie, then the lower id.
  pool.sort((a, b) => priorityOf(b) - priorityOf(a) || a.id - b.id);
  for (const h of pool) {
    let best: BalancerVolunteer | undefined;
    let bestKey: [number, number, number] | undefined;
    for (const v of active) {
      const l = load.get(v.id)!;
      if (l >= cap) continue;
      const key: [number, number, number] = [distance(v.villageId, h.villageId), l, v.id];
      if (
        !bestKey ||
        key[0] < bestKey[0] ||
        (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))
      ) {
        best = v;
        bestKey = key;
      }
    }
    if (best) {
      final.set(h.id, best.id);
      load.set(best.id, load.get(best.id)! + 1);
    } else final.set(h.id, null);
  }

  const moves: Move[] = [];
  for (const h of households) {
    const to = final.get(h.id) ?? null;
    if (to !== h.assigneeId) moves.push({ householdId: h.id, fromVolunteerId: h.assigneeId, toVolunteerId: to });
  }
  return moves;
}

/** The assignment after applying `moves` (household id → volunteer id or null). */
export function applyMoves(
  households: readonly BalancerHousehold[],
  moves: readonly Move[],
): Map<number, number | null> {
  const result = new Map(households.map((h) => [h.id, h.assigneeId] as const));
  for (const m of moves) result.set(m.householdId, m.toVolunteerId);
  return result;
}
