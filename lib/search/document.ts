import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { buildSearchDocument } from "./segment";

/** The `searchDocument` stored with a translation (its tsvector follows by trigger). */
export function searchDocumentFor(locale: string, title: string, markdown: string): string {
  return buildSearchDocument(locale, title, markdownToPlainText(markdown));
}
