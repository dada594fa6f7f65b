"use server";

import { runAction } from "@/lib/http/action";
import { mailboxSchema } from "@/lib/contracts/inbound-mail";
import { parseInput } from "@/lib/contracts/parse";
import { requireAdmin } from "@/lib/auth/guards";
import { deleteMailbox } from "@/lib/services/inbound-mail/delete-mailbox";
import { retryInboundEmail } from "@/lib/services/inbound-mail/retry-inbound-email";
import { saveMailbox } from "@/lib/services/inbound-mail/save-mailbox";

// The mailboxes page's actions (admins only; the services check).

export async function saveMailboxAction(mailboxId: string | null, input: unknown) {
  return runAction("/admin/mailboxes", async (actor, locale) => {
    await saveMailbox({ actor: requireAdmin(actor), mailboxId: mailboxId ?? undefined, input: parseInput(mailboxSchema, input, locale) });
    return null;
  });
}

export async function deleteMailboxAction(mailboxId: string) {
  return runAction("/admin/mailboxes", (actor) => deleteMailbox({ actor: requireAdmin(actor), mailboxId: String(mailboxId) }));
}

export async function retryInboundAction(id: string) {
  return runAction("/admin/mailboxes", (actor) => retryInboundEmail({ actor: requireAdmin(actor), id: String(id) }));
}
