"use server";

import { mailboxSchema } from "@/lib/contracts/inbound-mail";
import { adminAction } from "@/lib/http/action";
import { deleteMailbox } from "@/lib/services/inbound-mail/delete-mailbox";
import { retryInboundEmail } from "@/lib/services/inbound-mail/retry-inbound-email";
import { saveMailbox } from "@/lib/services/inbound-mail/save-mailbox";

const PAGE = "/admin/mailboxes";

export const saveMailboxAction = adminAction(
  PAGE,
  async ({ actor, parse }, mailboxId: string | null, input: unknown) => {
    await saveMailbox({ actor, mailboxId: mailboxId ?? undefined, input: parse(mailboxSchema, input) });
    return null;
  },
);

export const deleteMailboxAction = adminAction(PAGE, ({ actor }, mailboxId: string) =>
  deleteMailbox({ actor, mailboxId: String(mailboxId) }),
);

export const retryInboundAction = adminAction(PAGE, ({ actor }, id: string) =>
  retryInboundEmail({ actor, id: String(id) }),
);
