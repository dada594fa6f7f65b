"use server";

import { runAction } from "@/lib/http/action";
import { deleteCannedResponse, saveCannedResponse } from "@/lib/services/canned/canned-admin";
import { cannedResponseSchema } from "@/lib/contracts/canned";
import { parseInput } from "@/lib/contracts/parse";

// The saved replies page's actions (admins only; the services check).

export async function saveCannedAction(cannedResponseId: string | null, input: unknown) {
  return runAction("/admin/canned", async (actor, locale) => {
    await saveCannedResponse({ actor, cannedResponseId: cannedResponseId ?? undefined, ...parseInput(cannedResponseSchema, input, locale) });
    return null;
  });
}

export async function deleteCannedAction(cannedResponseId: string) {
  return runAction("/admin/canned", (actor) => deleteCannedResponse({ actor, cannedResponseId: String(cannedResponseId) }));
}
