"use server";

import { logCallSchema } from "@/lib/contracts/phone";
import { agentAction } from "@/lib/http/action";
import { logCall } from "@/lib/services/phone/log-call";

/** Logs a call, optionally filing a ticket for the caller. */
export const logCallAction = agentAction("/console/calls", ({ actor, locale, parse }, input: unknown) =>
  logCall({ actor, input: parse(logCallSchema, input), locale }),
);
