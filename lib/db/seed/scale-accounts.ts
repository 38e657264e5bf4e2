import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Executor } from "@/lib/db/client";
import { DEMO_PASSWORD } from "./demo-accounts";

// Accounts the benchmark signs in with on a synthetic province (npm run bench): its provincial
// officer `tinhdoan.syn01` and the secretary of its first commune `bithu.syn01` (…syn02 for a
// second set beside it). Demo password: the scale seed is for benchmark databases only, never production.
export async function seedScaleAccounts(tx: Executor, firstIndex: number, provinces: number): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (let i = 1; i <= provinces; i++) {
    const code = `SYN-${String(firstIndex + i).padStart(2, "0")}`;
    const suffix = `syn${String(firstIndex + i).padStart(2, "0")}`;
    await tx.execute(sql`
      insert into users (username, display_name, password_hash, role, province_id, commune_id, locale)
      select ${`tinhdoan.${suffix}`}, ${`Cán bộ Tỉnh đoàn ${code}`}, ${hash}, 'provincial_officer', p.id, null, 'vi'
      from provinces p where p.code = ${code}`);
    await tx.execute(sql`
      insert into users (username, display_name, password_hash, role, province_id, commune_id, locale)
      select ${`bithu.${suffix}`}, 'Bí thư Đoàn ' || c.name, ${hash}, 'commune_secretary', c.province_id, c.id, 'vi'
      from communes c join provinces p on p.id = c.province_id where p.code = ${code} order by c.code limit 1`);
  }
}
