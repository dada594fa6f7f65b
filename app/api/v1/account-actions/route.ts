import { requireUser } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { findAccountActions } from "@/lib/services/account-actions/actions-admin";

/** The account actions agents may run on urgent cases. */
export const GET = route(async ({ actor }) => ({ actions: await findAccountActions({ actor: requireUser(actor) }) }), {
  scope: "actions:run",
});
