import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";

export type SmtpReceiver = { port: number; close(): Promise<void> };

const refuse = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

async function mailboxFor(address: string): Promise<string | null> {
  const prisma = await getPrisma();
  const box = await prisma.mailbox.findFirst({
    where: { address: { equals: address, mode: "insensitive" }, active: true },
    select: { id: true },
  });
  return box?.id ?? null;
}

/**
 * The SMTP alternative to IMAP for small installs: accepts mail for the mailboxes' addresses (others get 550) and
 * answers 250 only once the raw mail is stored, so a mail the sender saw accepted is never lost. The envelope sender
 * becomes Return-Path, as a delivering MTA writes it (an empty one marks a bounce).
 */
export async function startSmtpReceiver({
  port,
  host,
  maxBytes,
}: {
  port: number;
  host: string;
  maxBytes: number;
}): Promise<SmtpReceiver> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    banner: "Beacon inbound mail",
    size: maxBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      mailboxFor(address.address)
        .then((id) => callback(id ? undefined : refuse(550, "No such mailbox here")))
        .catch((error) => callback(refuse(451, String(error?.message ?? error))));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (stream.sizeExceeded) return callback(refuse(552, "Message too large"));
        try {
          const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          const raw = Buffer.concat([Buffer.from(`Return-Path: <${sender}>\r\n`), ...chunks]);
          const mailboxId = await mailboxFor(session.envelope.rcptTo[0]?.address ?? "");
          const ids = await storeInboundEmails([{ raw, mailboxId }]);
          callback();
          processInboundEmails({ ids }).catch((error) => logger.warn({ err: error }, "inbound mail import failed"));
        } catch (error) {
          logger.error({ err: error }, "storing received mail failed");
          callback(refuse(451, "Try again later"));
        }
      });
    },
  });
  server.on("error", (error) => logger.warn({ err: error }, "smtp receiver error"));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
