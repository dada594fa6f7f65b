"use server";

import { routingSettingsSchema } from "@/lib/contracts/routing";
import { adminAction } from "@/lib/http/action";
import { updateRoutingAdmin } from "@/lib/services/routing/routing-admin";

export const saveRoutingSettings = adminAction("/admin/topics", ({ actor, parse }, input: unknown) =>
  updateRoutingAdmin({ actor, settings: parse(routingSettingsSchema, input) }),
);
