"use server";

import { runAction } from "@/lib/http/action";
import { updateRoutingAdmin } from "@/lib/services/routing/routing-admin";
import { parseInput } from "@/lib/contracts/parse";
import { routingSettingsSchema } from "@/lib/contracts/routing";

/** Saves the routing page (admins only; the service checks). */
export async function saveRoutingSettings(input: unknown) {
  return runAction("/admin/topics", (actor, locale) => updateRoutingAdmin({ actor: actor!, settings: parseInput(routingSettingsSchema, input, locale) }));
}
