// "Mail only where it is wanted" (docs/security.md): a typed address gets Beacon's text and a link until its owner
// proves it; then the held mail follows. Through the real routes, the outbox job and a real SMTP server.
import nodemailer from "nodemailer";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/verify-email/route";
import { POST as resendRoute } from "@/app/api/v1/me/email-verification/route";
import { POST as emailTranscript } from "@/app/api/v1/conversations/[conversationId]/transcript/route";
import { POST as startChat } from "@/app/api/v1/conversations/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { markAddressProven, RECIPIENT_LIMITS } from "@/lib/mail/recipients";
import { sendOutbox } from "@/lib/mail/send-outbox";
import { needsEmailVerification } from "@/lib/services/account-links/email-verification";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { createTopic } from "../factories/tickets";
import { createUser, sessionCookie, uniqueEmail } from "../factories/users";
import { composeMail } from "../helpers/mail";
import { noParams, request, withParams } from "../helpers/http";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { api } from "../helpers/tickets-api";

let smtp: TestSmtp;
let topic: string;
let teamSlug: string;
beforeAll(async () => {
  smtp = await startSmtp();
  const created = await createTopic();
  topic = created.topic.slug;
  teamSlug = created.team.slug;
});
afterAll(() => smtp.close());

/** Runs the outbox job once and answers what reached `to` since the last call for it. */
const seen = new Map<string, number>();
async function inbox(to: string): Promise<ParsedMail[]> {
  await sendOutbox({ transport: nodemailer.createTransport(smtp.url) });
  const all = smtp.messages.filter((m) => JSON.stringify(m.to).includes(to));
  const fresh = all.slice(seen.get(to) ?? 0);
  seen.set(to, all.length);
  return fresh;
}
const linkToken = (mail: ParsedMail) => /\/login\/verify\?token=([\w-]+)/.exec(mail.text ?? "")?.[1];
const verify = (token: string) =>
  verifyRoute(request("/api/v1/auth/verify-email", { body: { token }, locale: "en" }), noParams);

const SECRET = "Click https://evil.example/claim to get your refund";

describe("a typed address gets only Beacon's text until it is proven", () => {
  it("a guest's ticket: a confirmation without the visitor's text; after the click, the ticket mail and replies", async () => {
    const victim = uniqueEmail("victim");
    const created = await api.create({}, { topic, email: victim, name: SECRET, subject: SECRET, description: SECRET });
    expect(created.status).toBe(201);
    const { ref } = (await created.json()).ticket;

    const [confirmation, ...more] = await inbox(victim);
    expect(more).toEqual([]);
    expect(confirmation!.subject).toBe("Confirm your email address for Beacon support");
    for (const part of [confirmation!.subject, confirmation!.text, confirmation!.html]) {
      expect(part).not.toContain("evil.example");
      expect(part).not.toContain(ref);
    }
    const prisma = await getPrisma();
    expect(await prisma.emailOutbox.count({ where: { to: victim, status: "HELD" } })).toBe(1);

    // An agent's reply while the address is unproven is held too (it quotes the ticket's subject).
    const agent = await createUser({ role: "AGENT", teamSlugs: [teamSlug] });
    const cookie = await sessionCookie(agent.id);
    expect((await api.reply({ cookie }, ref, { body: "We are looking into it." })).status).toBe(201);
    expect(await inbox(victim)).toEqual([]);

    const opened = await verify(linkToken(confirmation!)!);
    expect(await opened.json()).toEqual({ released: 2 });
    const released = await inbox(victim);
    expect(released.map((m) => m.subject).sort()).toEqual(
      [`[${ref}] New reply: ${SECRET}`, `[${ref}] We received your request: ${SECRET}`].sort(),
    );
    // From now on replies go straight out.
    await api.reply({ cookie }, ref, { body: "Your deposit is credited." });
    expect((await inbox(victim)).map((m) => m.text)).toEqual([expect.stringContaining("Your deposit is credited.")]);
  });

  it("a guest's chat transcript waits for the address; a second request sends no second confirmation", async () => {
    const address = uniqueEmail("visitor");
    const started = await startChat(
      request("/api/v1/conversations", {
        body: { name: "Vera", email: address, message: { clientId: crypto.randomUUID(), body: SECRET } },
        locale: "en",
      }),
      noParams,
    );
    const guestCookie = (started.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { conversation } = await started.json();
    const mailIt = () =>
      emailTranscript(
        request(`/api/v1/conversations/${conversation.id}/transcript`, {
          method: "POST",
          cookie: guestCookie,
          locale: "en",
        }),
        withParams({ conversationId: conversation.id }),
      ).then((r) => r.json());
    expect(await mailIt()).toEqual({ to: address, held: true });
    expect(await mailIt()).toEqual({ to: address, held: true });
    const mails = await inbox(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toContain("evil.example");

    await verify(linkToken(mails[0]!)!);
    const transcripts = await inbox(address);
    expect(transcripts).toHaveLength(2);
    expect(transcripts[0]!.text).toContain(SECRET);
  });

  it("an address that mailed us is proven: the new ticket's mail goes to it at once", async () => {
    const sender = uniqueEmail("writer");
    const raw = await composeMail({ from: sender, subject: "Withdrawal stuck", text: "My withdrawal is stuck." });
    await processInboundEmails({ ids: await storeInboundEmails([{ raw, mailboxId: null }]) });
    const mails = await inbox(sender);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/We received your request: Withdrawal stuck/)]);
  });
});

describe("account addresses are verified by link", () => {
  it("registration mails a link; it works once and within its day, and the banner goes away", async () => {
    const email = uniqueEmail("signup");
    const registered = await registerRoute(
      request("/api/v1/auth/register", {
        body: { name: SECRET, email, password: "long enough password", locale: "en" },
        locale: "en",
      }),
      noParams,
    );
    expect(registered.status).toBe(201);
    const [mail, ...more] = await inbox(email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe("Confirm your email address");
    expect(mail!.text).not.toContain("evil.example");
    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await needsEmailVerification(toActor(user))).toBe(email);

    // "Send the link again" voids the first link.
    const resent = await resendRoute(
      request("/api/v1/me/email-verification", { method: "POST", cookie: await sessionCookie(user.id) }),
      noParams,
    );
    expect(await resent.json()).toEqual({ sent: true });
    const [second] = await inbox(email);
    expect((await verify(linkToken(mail!)!)).status).toBe(400);

    const token = linkToken(second!)!;
    expect((await verify(token)).status).toBe(200);
    expect((await verify(token)).status).toBe(400);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await needsEmailVerification(toActor(user))).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "email.verified", targetId: user.id } })).toBe(1);
  });

  it("an expired link is refused and proves nothing", async () => {
    const user = await createUser({ emailVerified: false });
    await resendRoute(
      request("/api/v1/me/email-verification", { method: "POST", cookie: await sessionCookie(user.id) }),
      noParams,
    );
    const [mail] = await inbox(user.email!);
    const prisma = await getPrisma();
    await prisma.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const response = await verify(linkToken(mail!)!);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("This link is invalid, was already used or has expired.");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    expect(await prisma.provenAddress.count({ where: { address: user.email! } })).toBe(0);
  });
});

describe("per-recipient limits", () => {
  const queue = async (to: string, count: number, beaconTextOnly = false) => {
    const prisma = await getPrisma();
    const statuses: string[] = [];
    for (let i = 0; i < count; i++)
      statuses.push(
        (await enqueueEmail(prisma, { to, subject: `Update ${i}`, text: "Agent's words", beaconTextOnly })).status,
      );
    return statuses;
  };

  it(`a proven address gets at most ${RECIPIENT_LIMITS.proven.hour} mails an hour; the rest wait for an admin`, async () => {
    const to = uniqueEmail("busy");
    const prisma = await getPrisma();
    await markAddressProven(prisma, to, "link");
    const statuses = await queue(to, RECIPIENT_LIMITS.proven.hour + 2);
    expect(statuses.filter((s) => s === "PENDING")).toHaveLength(RECIPIENT_LIMITS.proven.hour);
    expect(statuses.slice(-2)).toEqual(["FAILED", "FAILED"]);
    expect(await inbox(to)).toHaveLength(RECIPIENT_LIMITS.proven.hour);
    const refused = await prisma.emailOutbox.findFirst({ where: { to, status: "FAILED" } });
    expect(refused?.lastError).toBe("recipientLimit");
  });

  it(`an unproven address gets at most ${RECIPIENT_LIMITS.unproven.hour} of Beacon's own mails an hour`, async () => {
    const to = uniqueEmail("stranger");
    const statuses = await queue(to, RECIPIENT_LIMITS.unproven.hour + 1, true);
    expect(statuses).toEqual([...Array(RECIPIENT_LIMITS.unproven.hour).fill("PENDING"), "FAILED"]);
    expect(await inbox(to)).toHaveLength(RECIPIENT_LIMITS.unproven.hour);
  });
});
