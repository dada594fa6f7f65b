import { z } from "zod";

// Every environment variable Beacon reads, parsed and checked once (t3's env.js is the model). Nothing else reads
// process.env; server.ts calls loadConfig() at start, so a bad value stops the start with a message naming it.
// Each variable is in the README's configuration table.

const flag = z.enum(["0", "1"], { error: "must be 0 or 1" });
const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`)
    .default(fallback);
const interval = (fallback: number) => whole(100, 86_400_000, fallback);
const urlWith = (schemes: string[]) =>
  z
    .string()
    .refine(
      (value) => schemes.some((scheme) => value.startsWith(`${scheme}://`)),
      `must start with ${schemes.map((s) => `${s}://`).join(" or ")}`,
    );
const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, "must be a comma-separated list of origins such as https://www.example.com (scheme, host and port, no path)");

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "must be development, production or test" })
    .default("development"),
  PORT: whole(0, 65_535, 3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Unset: PGlite in data/pglite; `postgres://…`; `pglite:memory`; `pglite:<dir>`. */
  DATABASE_URL: z
    .string()
    .refine(
      (value) => /^postgres(ql)?:\/\//.test(value) || value.startsWith("pglite:"),
      "must start with postgres:// or pglite:",
    )
    .optional(),
  DATABASE_POOL_SIZE: whole(1, 1000, 10),
  SEED_DEMO: flag.optional(),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters (openssl rand -base64 32)").optional(),
  /** Encrypts TOTP secrets at rest; unset: derived from NEXTAUTH_SECRET (then rotating that one resets everyone's 2FA). */
  TWO_FACTOR_KEY: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: urlWith(["http", "https"]).optional(),
  /** The public URL in links sent by email; defaults to NEXTAUTH_URL. */
  APP_URL: urlWith(["http", "https"]).optional(),
  TRUST_PROXY: flag.default("0"),
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  REDIS_URL: urlWith(["redis", "rediss"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  REDIS_PREFIX: z.string().max(100).default(""),
  SMTP_URL: urlWith(["smtp", "smtps"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Beacon Support <support@beacon.localhost>"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be fatal, error, warn, info, debug, trace or silent",
    })
    .optional(),
  /** A name per instance in a cluster, shown by /api/health to tell them apart. */
  INSTANCE_NAME: z.string().max(100).optional(),
  /** `0`: this instance runs no periodic work (a web-only replica). */
  JOBS: flag.default("1"),
  OUTBOX_INTERVAL_MS: interval(5_000),
  SLA_CHECK_INTERVAL_MS: interval(30_000),
  QUEUE_INTERVAL_MS: interval(10_000),
  AUTO_CLOSE_INTERVAL_MS: interval(600_000),
  REPORT_ROLLUP_INTERVAL_MS: interval(60_000),
  WEBHOOK_INTERVAL_MS: interval(1_000),
  /** Inbound email: the built-in SMTP receiver's port (unset: none) and host, the largest mail, the fallback poll. */
  INBOUND_SMTP_PORT: whole(0, 65_535, 0).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  INBOUND_MAX_BYTES: whole(1024, 200 * 1024 * 1024, 25 * 1024 * 1024),
  INBOUND_POLL_MS: interval(60_000),
  /** How long a reader holds a mailbox without renewing (another instance takes over after it). */
  INBOUND_LEASE_MS: interval(60_000),
  /** Mails one sender may turn into ticket entries an hour; more are kept but ignored (loops, floods). */
  INBOUND_SENDER_CAP: whole(1, 100_000, 20),
  INBOUND_INTERVAL_MS: interval(30_000),
  MAILBOX_SUPERVISE_MS: interval(10_000),
  /** `1`: webhooks and account actions may call loopback and private addresses (tests, an exchange on the LAN). */
  WEBHOOK_ALLOW_PRIVATE: flag.default("0"),
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment; throws one ConfigError that names every bad variable and what it allows. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "unset", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
  throw new ConfigError(`Beacon cannot start: bad configuration\n${lines.join("\n")}`);
}

const store = globalThis as typeof globalThis & { __beaconConfig?: Config };

/** The configuration, parsed on first use (server.ts calls this at start, so errors show before anything runs). */
export function config(): Config {
  store.__beaconConfig ??= parseConfig(process.env);
  return store.__beaconConfig;
}

/** The public base URL for links in emails (APP_URL, else NEXTAUTH_URL). */
export function appUrl(): string {
  return (config().APP_URL ?? config().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** server.ts changes the environment before start (a generated session secret): parse again from it. */
export function loadConfig(): Config {
  store.__beaconConfig = undefined;
  return config();
}
