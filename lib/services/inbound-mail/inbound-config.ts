// Inbound mail settings: the one place that reads their environment variables (documented in the README).
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const inboundConfig = () => ({
  /** Port of the built-in SMTP receiver; unset: no receiver. */
  smtpPort: process.env.INBOUND_SMTP_PORT ? Number(process.env.INBOUND_SMTP_PORT) : null,
  smtpHost: process.env.INBOUND_SMTP_HOST ?? "127.0.0.1",
  /** Largest mail accepted (bytes). */
  maxBytes: num("INBOUND_MAX_BYTES", 25 * 1024 * 1024),
  /** Fallback poll of every mailbox; new mail normally arrives through IDLE at once. */
  pollMs: num("INBOUND_POLL_MS", 60_000),
  /** How long a reader holds a mailbox without renewing (another instance takes over after it). */
  leaseMs: num("INBOUND_LEASE_MS", 60_000),
  /** Mails one sender may turn into ticket entries an hour; more are kept but ignored (loops, floods). */
  senderCapPerHour: num("INBOUND_SENDER_CAP", 20),
});
