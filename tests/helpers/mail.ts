import { randomUUID } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";

/** A raw RFC 5322 message, as a customer's mail program would send it (nodemailer's composer). */
export function composeMail(options: Mail.Options & { messageId?: string }): Promise<Buffer> {
  const messageId = options.messageId ?? `<${randomUUID()}@customer.example>`;
  return new MailComposer({ to: "support@beacon.test", ...options, messageId }).compile().build();
}

export const uniqueAddress = (name = "customer") => `${name}-${randomUUID().slice(0, 8)}@example.com`;

export async function waitUntil<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
  what = "condition",
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
