import { config } from "@/lib/config";

/** Inbound mail settings, from the configuration (lib/config.ts; documented in the README). */
export const inboundConfig = () => {
  const c = config();
  return {
    /** Port of the built-in SMTP receiver; unset: no receiver. */
    smtpPort: c.INBOUND_SMTP_PORT ?? null,
    smtpHost: c.INBOUND_SMTP_HOST,
    /** Largest mail accepted (bytes). */
    maxBytes: c.INBOUND_MAX_BYTES,
    /** Fallback poll of every mailbox; new mail normally arrives through IDLE at once. */
    pollMs: c.INBOUND_POLL_MS,
    leaseMs: c.INBOUND_LEASE_MS,
    senderCapPerHour: c.INBOUND_SENDER_CAP,
  };
};
