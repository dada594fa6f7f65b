import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { mailboxSchema } from "@/lib/contracts/inbound-mail";
import { parseInput } from "@/lib/contracts/parse";
import { deleteMailbox } from "@/lib/services/inbound-mail/delete-mailbox";
import { findInboundEmails } from "@/lib/services/inbound-mail/find-inbound-emails";
import { findMailboxes } from "@/lib/services/inbound-mail/find-mailboxes";
import { retryInboundEmail } from "@/lib/services/inbound-mail/retry-inbound-email";
import { saveMailbox } from "@/lib/services/inbound-mail/save-mailbox";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { createTopic } from "../factories/tickets";
import { createActor } from "../factories/users";
import { composeMail, uniqueAddress } from "../helpers/mail";

const form = (patch: Record<string, unknown> = {}) =>
  parseInput(
    mailboxSchema,
    {
      name: "Support",
      address: uniqueAddress("support"),
      imapHost: "imap.example.com",
      imapPort: "993",
      imapSecure: true,
      imapUser: "support",
      imapPassword: "s3cret",
      imapFolder: "INBOX",
      topicId: "",
      active: true,
      ...patch,
    },
    "en",
  );

describe("mailboxes (admin)", () => {
  it("admins add and change mailboxes; the password is never shown and a blank one keeps it; addresses are unique", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const input = form();
    const { id } = await saveMailbox({ actor: admin, input });
    const { mailboxes } = await findMailboxes({ actor: admin, locale: "en" });
    const shown = mailboxes.find((box) => box.id === id)!;
    expect(shown).toMatchObject({ address: input.address, hasPassword: true, reading: false, imapPort: 993 });
    expect(JSON.stringify(mailboxes)).not.toContain("s3cret");

    await saveMailbox({ actor: admin, mailboxId: id, input: { ...input, imapPassword: null, imapFolder: "Support" } });
    const stored = await (await getPrisma()).mailbox.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ imapPassword: "s3cret", imapFolder: "Support" });

    await expect(saveMailbox({ actor: admin, input: { ...form(), address: input.address } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(() => parseInput(mailboxSchema, { name: "x", address: "not-an-address" }, "en")).toThrow();
    const agent = await createActor({ role: "AGENT" });
    await expect(findMailboxes({ actor: agent, locale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveMailbox({ actor: agent, input: form() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteMailbox({ actor: admin, mailboxId: id });
    await expect(deleteMailbox({ actor: admin, mailboxId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows set-aside mail with its reason, and a failed mail can be imported again once the cause is fixed", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const prisma = await getPrisma();
    const from = uniqueAddress();
    const [ignored] = await storeInboundEmails([
      {
        raw: await composeMail({ from, subject: "Away", text: "Away", headers: { "Auto-Submitted": "auto-replied" } }),
        mailboxId: null,
      },
    ]);
    await processInboundEmails({ ids: [ignored] });
    // A mail whose import failed for good (say, no topic existed then).
    const [failed] = await storeInboundEmails([
      {
        raw: await composeMail({ from, subject: "Card payment failed", text: "Please check my card payment." }),
        mailboxId: null,
      },
    ]);
    await prisma.inboundEmail.update({
      where: { id: failed },
      data: { status: "FAILED", reason: "error: no topic configured for new tickets", attempts: 5 },
    });

    const listed = await findInboundEmails({ actor: admin });
    expect(listed.emails.find((e) => e.id === ignored)).toMatchObject({
      status: "IGNORED",
      reason: "autoReply",
      fromAddress: from,
    });
    expect(listed.emails.find((e) => e.id === failed)).toMatchObject({
      status: "FAILED",
      reason: expect.stringContaining("no topic"),
    });
    expect(
      (await findInboundEmails({ actor: admin, status: "FAILED" })).emails.every((e) => e.status === "FAILED"),
    ).toBe(true);

    await createTopic();
    expect(await retryInboundEmail({ actor: admin, id: failed })).toMatchObject({ status: "PROCESSED" });
    expect(await prisma.ticket.count({ where: { requester: { contactEmail: from } } })).toBe(1);
    await expect(retryInboundEmail({ actor: admin, id: failed })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
