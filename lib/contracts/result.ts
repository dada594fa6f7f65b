import type { ErrorCode } from "@/lib/errors";

// The one answer shape of every command, server action and HTTP call as the browser sees it.

export type Failure = { ok: false; code: ErrorCode; message: string; fields?: Record<string, string> };
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;
