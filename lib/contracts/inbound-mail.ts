import { z } from "zod";

export const INBOUND_STATUSES = ["RECEIVED", "PROCESSED", "IGNORED", "FAILED"] as const;
export type InboundStatusName = (typeof INBOUND_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max);
/** Empty fields from the form mean "not set". */
const optional = (max: number) => z.preprocess((value) => (value === "" ? null : value), text(max).nullable());

/**
 * A mailbox: the address customers write to and, to read it over IMAP, the server and login; without a server it
 * receives through the built-in SMTP receiver. A blank password on an existing mailbox keeps the stored one.
 */
export const mailboxSchema = z
  .object({
    name: text(80).min(1),
    address: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    imapHost: optional(253),
    imapPort: z.coerce.number().int().min(1).max(65_535).default(993),
    imapSecure: z.boolean().default(true),
    imapUser: optional(254),
    imapPassword: optional(500),
    imapFolder: text(200).min(1).default("INBOX"),
    topicId: optional(64),
    active: z.boolean().default(true),
  })
  .refine((box) => !box.imapHost || box.imapUser, {
    path: ["imapUser"],
    params: { messageKey: "validation.required" },
  });

export type MailboxInput = z.output<typeof mailboxSchema>;

export const inboundQuerySchema = z.object({
  status: z.enum(["FAILED", "IGNORED"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** What the admin page shows of a mailbox (never the password). */
export type MailboxDto = {
  id: string;
  name: string;
  address: string;
  imapHost: string | null;
  imapPort: number;
  imapSecure: boolean;
  imapUser: string | null;
  hasPassword: boolean;
  imapFolder: string;
  topicId: string | null;
  active: boolean;
  lastUid: number;
  lastSyncAt: string | null;
  lastError: string | null;
  reading: boolean;
};

export type InboundEmailDto = {
  id: string;
  status: InboundStatusName;
  reason: string | null;
  fromAddress: string | null;
  subject: string | null;
  mailbox: string | null;
  receivedAt: string;
  attempts: number;
};
