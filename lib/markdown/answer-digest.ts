import type { List, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** What the bot shows of an article in a chat: its opening answer, the first steps, the first small table. */
export type AnswerDigest = { summary: string; steps: string[]; table: { head: string[]; rows: string[][] } | null };

const MAX_STEPS = 7;
const MAX_ROWS = 6;
const MAX_COLUMNS = 4;
const MAX_SUMMARY = 280;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function firstOf<T extends RootContent["type"]>(
  root: Root,
  type: T,
  accept: (node: Extract<RootContent, { type: T }>) => boolean = () => true,
) {
  return root.children.find(
    (node): node is Extract<RootContent, { type: T }> =>
      node.type === type && accept(node as Extract<RootContent, { type: T }>),
  );
}

/**
 * The article's key facts in a form a chat can show: the first paragraph (help articles open with the answer), the
 * first list (numbered steps preferred) and the first table when it is small enough to read in a chat bubble.
 */
export function answerDigest(markdown: string): AnswerDigest {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const paragraph = firstOf(root, "paragraph");
  const list: List | undefined = firstOf(root, "list", (l) => Boolean(l.ordered)) ?? firstOf(root, "list");
  const table: Table | undefined = firstOf(root, "table", (t) => t.children.length <= MAX_ROWS + 1);
  const steps = (list?.children ?? [])
    .slice(0, MAX_STEPS)
    .map((item) => toString(item).replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const cells = (table?.children ?? []).map((row) =>
    row.children.slice(0, MAX_COLUMNS).map((cell) => toString(cell).trim()),
  );
  return {
    summary: clip((paragraph ? toString(paragraph) : "").replace(/\s+/g, " ").trim(), MAX_SUMMARY),
    steps,
    table: cells.length > 1 ? { head: cells[0], rows: cells.slice(1) } : null,
  };
}

/** The digest as chat text (the transcript, email and any client that shows only the body read it this way). */
export function digestAsText(digest: AnswerDigest): string {
  const parts = [digest.summary];
  if (digest.steps.length) parts.push(digest.steps.map((step, i) => `${i + 1}. ${step}`).join("\n"));
  if (digest.table) parts.push([digest.table.head, ...digest.table.rows].map((row) => row.join(" · ")).join("\n"));
  return parts.filter(Boolean).join("\n\n");
}
