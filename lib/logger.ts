import { config } from "@/lib/config";
import pino from "pino";

const store = globalThis as typeof globalThis & { __beaconLogger?: pino.Logger };

export const logger: pino.Logger = (store.__beaconLogger ??= pino({
  level: config().LOG_LEVEL ?? (config().NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
}));
