"use server";

import { cannedResponseSchema } from "@/lib/contracts/canned";
import { adminAction } from "@/lib/http/action";
import { deleteCannedResponse, saveCannedResponse } from "@/lib/services/canned/canned-admin";

export const saveCannedAction = adminAction(
  "/admin/canned",
  async ({ actor, parse }, cannedResponseId: string | null, input: unknown) => {
    await saveCannedResponse({
      actor,
      cannedResponseId: cannedResponseId ?? undefined,
      ...parse(cannedResponseSchema, input),
    });
    return null;
  },
);

export const deleteCannedAction = adminAction("/admin/canned", ({ actor }, cannedResponseId: string) =>
  deleteCannedResponse({ actor, cannedResponseId: String(cannedResponseId) }),
);
