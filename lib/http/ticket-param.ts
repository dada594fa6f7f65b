import { parseTicketNumber } from "@/lib/contracts/ticket";
import { AppError } from "@/lib/errors";
import { tryDecodeSegment } from "@/lib/http/body";

/**
 * The `[ticketNumber]` route segment ("BCN-100001") as the sequence number. Anything else — a stray "%" included —
 * is the same 404 as an unknown number.
 */
export function ticketNumberParam(segment: string): number {
  const number = parseTicketNumber(tryDecodeSegment(segment) ?? "");
  if (!number) throw new AppError("NOT_FOUND", "ticketNotFound");
  return number;
}
