/** Errors a person may see. The code picks the HTTP status; the message is looked up in their language. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };

// Next's bundles and server.ts load separate copies of this module: instanceof checks a brand, not the class.
const BRAND = Symbol.for("beacon.AppError");

export class AppError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }

  readonly [BRAND] = true;

  constructor(
    readonly code: ErrorCode,
    /** Key under `errors.` in messages/*.json; defaults to the code's generic message. */
    readonly messageKey: string = code,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, string>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (messageKey = "NOT_FOUND") => new AppError("NOT_FOUND", messageKey);
export const forbidden = (messageKey = "FORBIDDEN") => new AppError("FORBIDDEN", messageKey);
