import type { Locale } from "@/lib/i18n/locales";
import { detectLanguage } from "@/lib/bot/detect-language";
import type { ParsedMail } from "mailparser";
import { MAX_TICKET_ATTACHMENTS } from "@/lib/contracts/ticket";
import { vetAttachment } from "@/lib/attachments/vet-attachment";
import { extractReply } from "./extract-reply";

export type VettedFile = Awaited<ReturnType<typeof vetAttachment>>;

/** What a parsed mail says, ready for a ticket: the new text, its language, and the files that passed the gate. */
export type MailContent = {
  subject: string;
  body: string;
  locale: Locale;
  files: VettedFile[];
  refused: string[];
};

const MAX_BODY = 20_000;

/**
 * The customer's words (quoted history and signature folded away), the language they wrote in, and the attachments
 * through the same sniffing and limits as uploads; inline pictures (signature logos, cid: images) are skipped.
 */
export async function mailContent(parsed: ParsedMail): Promise<MailContent> {
  const text = parsed.text?.trim() || htmlText(typeof parsed.html === "string" ? parsed.html : "");
  const { body } = extractReply(text);
  const subject = (parsed.subject ?? "").replace(/\s+/g, " ").trim();
  const locale = detectLanguage(`${subject}\n${body}`, "en");
  const files: VettedFile[] = [];
  const refused: string[] = [];
  for (const attachment of parsed.attachments) {
    if (attachment.related) continue;
    const name = attachment.filename ?? "file";
    if (files.length >= MAX_TICKET_ATTACHMENTS) {
      refused.push(name);
      continue;
    }
    try {
      files.push(await vetAttachment(name, attachment.content, "ticket"));
    } catch {
      refused.push(name);
    }
  }
  return { subject, body: body.slice(0, MAX_BODY), locale, files, refused };
}

/** A last resort when a mail has only HTML and the parser gave no text. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();
}
