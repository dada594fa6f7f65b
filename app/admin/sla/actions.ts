"use server";

import { slaSettingsSchema } from "@/lib/contracts/ticket";
import { adminAction } from "@/lib/http/action";
import { updateSlaSettings } from "@/lib/services/sla/sla-settings";

export const saveSlaSettings = adminAction("/admin/sla", ({ actor, parse }, input: unknown) =>
  updateSlaSettings({ actor, settings: parse(slaSettingsSchema, input) }),
);
