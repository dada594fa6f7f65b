"use server";

import { requireAgent } from "@/lib/auth/guards";
import { runAction } from "@/lib/http/action";
import { logCallSchema } from "@/lib/contracts/phone";
import { parseInput } from "@/lib/contracts/parse";
import { logCall } from "@/lib/services/phone/log-call";

/** Logs a call, optionally filing a ticket for the caller (agents only; the service checks). */
export async function logCallAction(input: unknown) {
  return runAction("/console/calls", (actor, locale) => logCall({ actor: requireAgent(actor), input: parseInput(logCallSchema, input, locale), locale }));
}
