/**
 * An absolute time where the zone matters (tickets, SLA deadlines): "2 Dec 2026, 12:43 GMT+8". Shown in the reader's
 * zone, named, because a customer and the agent answering them rarely share one.
 */
export const ZONED_STAMP = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;
