import { describe, expect, it } from "vitest";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";

describe("ticketNumberParam", () => {
  it("reads BCN numbers and answers anything else, a stray % included, with the same 404", () => {
    expect(formatTicketNumber(ticketNumberParam("BCN-100001"))).toBe("BCN-100001");
    for (const bad of ["0~{%", "%E0%A4%A", "nope"])
      expect(() => ticketNumberParam(bad)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});
