import { config } from "@/lib/config";
import nodemailer, { type Transporter } from "nodemailer";

const store = globalThis as typeof globalThis & { __beaconMailer?: { url: string; transport: Transporter } };

/** The configured sender address (MAIL_FROM), e.g. "Beacon Support <support@example.com>". */
export const mailFrom = () => config().MAIL_FROM;

/** Nodemailer on SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS), or null when mail is not configured. */
export function getTransport(): Transporter | null {
  const url = config().SMTP_URL;
  if (!url) return null;
  if (store.__beaconMailer?.url !== url) {
    store.__beaconMailer?.transport.close();
    store.__beaconMailer = { url, transport: nodemailer.createTransport(withTimeouts(url)) };
  }
  return store.__beaconMailer.transport;
}

/** Short timeouts unless the URL sets its own: a hung server must not hold a claimed batch for minutes. */
function withTimeouts(url: string): string {
  const parsed = new URL(url);
  const defaults = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };
  for (const [key, value] of Object.entries(defaults)) {
    if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, value);
  }
  return parsed.toString();
}

export function closeTransport(): void {
  store.__beaconMailer?.transport.close();
  store.__beaconMailer = undefined;
}
