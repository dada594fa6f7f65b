import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { PRIORITIES } from "@/lib/contracts/ticket";
import { type slaSettingsSchema } from "@/lib/contracts/sla";
import type { z } from "zod";
import type { WeeklySchedule } from "@/lib/sla/business-hours";
import { BUSINESS_HOURS_KEY, loadReopenDays, loadSlaConfig, REOPEN_DAYS_KEY } from "./sla-config";

export type SlaSettings = z.output<typeof slaSettingsSchema>;

/** The admin's SLA page: targets per priority, business hours (null = 24/7) and the reopen window. */
export async function getSlaSettings({ actor }: { actor: Actor }): Promise<SlaSettings> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [config, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  return {
    policies: PRIORITIES.map((priority) => ({
      priority,
      firstResponseMinutes: config.targets[priority]?.firstResponseMinutes ?? 60,
      resolutionMinutes: config.targets[priority]?.resolutionMinutes ?? 1440,
    })),
    reopenDays,
    businessHours: config.hours as WeeklySchedule | null,
  };
}

/**
 * Saves the SLA settings in one transaction and records who changed them. New targets apply to tickets created or
 * re-prioritised from now on; running deadlines are not rewritten behind the agents' backs.
 */
export async function updateSlaSettings({ actor, settings }: { actor: Actor; settings: SlaSettings }): Promise<void> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    for (const policy of settings.policies) {
      await tx.slaPolicy.upsert({ where: { priority: policy.priority }, create: policy, update: policy });
    }
    await tx.setting.upsert({
      where: { key: REOPEN_DAYS_KEY },
      create: { key: REOPEN_DAYS_KEY, value: settings.reopenDays },
      update: { value: settings.reopenDays },
    });
    if (settings.businessHours) {
      const value = settings.businessHours;
      await tx.setting.upsert({
        where: { key: BUSINESS_HOURS_KEY },
        create: { key: BUSINESS_HOURS_KEY, value },
        update: { value },
      });
    } else {
      await tx.setting.deleteMany({ where: { key: BUSINESS_HOURS_KEY } });
    }
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "sla.settings.updated", targetType: "Setting", data: settings },
    });
  });
}
