import type { ErrorCode } from "@/lib/errors";

// The one answer shape of every command, server action and HTTP call as the browser sees it.

/** `NETWORK`: no answer came (offline, timed out). Only the browser's clients produce it, never the server. */
export type FailureCode = ErrorCode | "NETWORK";
export type Failure = { ok: false; code: FailureCode; message: string; fields?: Record<string, string> };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;
