import { hasUnsafeText } from "@/lib/contracts/parse";
import { AppError } from "@/lib/errors";

/** JSON bodies: the largest legitimate one (an article in two languages) is far below this. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a request body while it streams, stopping with 413 as soon as it passes `maxBytes` — a body without
 * Content-Length (chunked) is never held in memory whole before the size is known.
 */
export async function readBodyCapped(req: Request, maxBytes: number, tooLarge: AppError): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Route segments as Next hands them over. Broken %-encoding and control characters (a NUL, which PostgreSQL refuses
 * in text) are the client's mistake: 400, not a database error.
 */
export async function routeParams<P>(params: Promise<P>): Promise<P> {
  let value: P;
  try {
    value = await params;
  } catch (error) {
    if (error instanceof URIError) throw new AppError("BAD_REQUEST", "badPath");
    throw error;
  }
  const segments = Object.values(value ?? {}).flat();
  if (segments.some((segment) => typeof segment === "string" && hasUnsafeText(segment)))
    throw new AppError("BAD_REQUEST", "badPath");
  return value;
}

/** decodeURIComponent, or null for broken %-encoding (pages answer that with their 404). */
export function tryDecodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** decodeURIComponent that answers 400 instead of throwing URIError. */
export function decodeSegment(segment: string): string {
  const decoded = tryDecodeSegment(segment);
  if (decoded === null) throw new AppError("BAD_REQUEST", "badPath");
  return decoded;
}
