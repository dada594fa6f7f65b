"use server";

import { runAction } from "@/lib/http/action";
import { updateSlaSettings } from "@/lib/services/sla/sla-settings";
import { slaSettingsSchema } from "@/lib/contracts/ticket";
import { parseInput } from "@/lib/contracts/parse";

/** Saves the SLA page (admins only; the service checks). */
export async function saveSlaSettings(input: unknown) {
  return runAction("/admin/sla", (actor, locale) => updateSlaSettings({ actor: actor!, settings: parseInput(slaSettingsSchema, input, locale) }));
}
