import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const CALL_DIRECTIONS = ["INBOUND", "OUTBOUND"] as const;

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

/**
 * A call an agent logs on a customer (found by email; a caller without an account becomes a guest), optionally filing
 * a ticket on their behalf: the customer is the requester and gets the usual number, tracking link and email.
 */
export const logCallSchema = z.object({
  customerEmail: email,
  customerName: z.string().trim().max(80).optional(),
  direction: z.enum(CALL_DIRECTIONS),
  phoneNumber: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[+0-9 ()\-.]+$/),
  durationSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  notes: z.string().trim().max(5000).default(""),
  /** The caller's language, for the emails they get (default: the agent's). */
  locale: z.enum(LOCALES).optional(),
  ticket: z
    .object({
      topic: z.string().trim().min(1).max(64),
      subject: z.string().trim().min(3).max(200),
      description: z.string().trim().min(10).max(20_000),
    })
    .optional(),
});

/** `GET /api/v1/calls?customerId=`: the calls logged on one customer. */
export const listCallsSchema = z.object({ customerId: z.string().trim().min(1).max(64) });

export type LogCallInput = z.input<typeof logCallSchema>;
export type LoggedCall = { id: string; customerId: string; ticket: { ref: string } | null };
