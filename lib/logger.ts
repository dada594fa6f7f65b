import pino from "pino";

const store = globalThis as typeof globalThis & { __beaconLogger?: pino.Logger };

export const logger: pino.Logger = (store.__beaconLogger ??= pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
}));
