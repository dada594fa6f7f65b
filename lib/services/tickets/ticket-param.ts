import { AppError } from "@/lib/errors";
import { parseTicketNumber } from "@/lib/contracts/ticket";

/** The `[ticketNumber]` route segment ("BCN-100001") as the sequence number; anything else is a 404 like any miss. */
export function ticketNumberParam(segment: string): number {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray "%" (found by the API fuzzer): not a ticket number, so the same 404, not a 500.
    throw new AppError("NOT_FOUND", "ticketNotFound");
  }
  const number = parseTicketNumber(decoded);
  if (!number) throw new AppError("NOT_FOUND", "ticketNotFound");
  return number;
}
