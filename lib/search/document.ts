import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { buildSearchDocument } from "./segment";

/**
 * The `searchDocument` stored with a translation (its tsvector follows by trigger). The customer questions join the
 * body's terms: search finds an article by the words customers use for it, not only the words it uses.
 */
export function searchDocumentFor(locale: string, title: string, markdown: string, questions: string[] = []): string {
  const body = markdownToPlainText(markdown);
  return buildSearchDocument(locale, title, questions.length ? `${body}\n${questions.join("\n")}` : body);
}
