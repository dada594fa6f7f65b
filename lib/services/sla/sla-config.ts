import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { cachedRead } from "@/lib/db/read-cache";
import type { Priority } from "@/lib/db/generated/enums";
import type { BusinessHours } from "@/lib/sla/business-hours";
import type { SlaTargets } from "@/lib/sla/sla-clock";

export const BUSINESS_HOURS_KEY = "sla.businessHours";
export const REOPEN_DAYS_KEY = "tickets.reopenDays";
export const DEFAULT_REOPEN_DAYS = 7;

type Reader = Pick<Prisma.TransactionClient, "slaPolicy" | "setting">;

export type SlaConfig = { targets: Partial<Record<Priority, SlaTargets>>; hours: BusinessHours };

const scheduleValue = z
  .object({
    timeZone: z.string(),
    days: z.array(z.tuple([z.number(), z.number()]).nullable()).length(7),
  })
  .nullable();

const readSla = cachedRead(["SlaPolicy", "Setting"], (db: Reader) =>
  Promise.all([db.slaPolicy.findMany(), db.setting.findUnique({ where: { key: BUSINESS_HOURS_KEY } })]),
);

/** The SLA policies per priority and the business hours they run on (24/7 unless an admin set a schedule). */
export async function loadSlaConfig(db: Reader): Promise<SlaConfig> {
  const [policies, hours] = await readSla(db);
  const targets: SlaConfig["targets"] = {};
  for (const policy of policies) {
    targets[policy.priority] = {
      firstResponseMinutes: policy.firstResponseMinutes,
      resolutionMinutes: policy.resolutionMinutes,
    };
  }
  const parsed = scheduleValue.safeParse(hours?.value ?? null);
  return { targets, hours: parsed.success ? parsed.data : null };
}

/** How many days after solving a customer may still reopen (Setting "tickets.reopenDays", default 7). */
export async function loadReopenDays(db: Pick<Prisma.TransactionClient, "setting">): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: REOPEN_DAYS_KEY } });
  const parsed = z.number().int().min(0).safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_REOPEN_DAYS;
}

export const reopenDeadline = (solvedAt: Date, days: number) => new Date(solvedAt.getTime() + days * 86_400_000);
