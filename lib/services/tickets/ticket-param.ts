import { AppError } from "@/lib/errors";
import { decodeSegment } from "@/lib/http/body";
import { parseTicketNumber } from "@/lib/contracts/ticket";

/** The `[ticketNumber]` route segment ("BCN-100001") as the sequence number; anything else is a 404 like any miss. */
export function ticketNumberParam(segment: string): number {
  const number = parseTicketNumber(decodeSegment(segment));
  if (!number) throw new AppError("NOT_FOUND", "ticketNotFound");
  return number;
}
