import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GitHub's allow-list (no script, style, iframe, event handlers; href/src only http(s), mailto and relative),
// plus <details>/<summary> and <kbd>, which help articles use.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "details", "summary", "kbd"],
};

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

type Node = Root | RootContent | ElementContent;
function walk(node: Node, visit: (element: Element) => void): void {
  if (node.type === "element") visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/** The article's title is the page's only h1: a `#` heading in the body becomes h2, and so on down. */
const demoteH1 = () => (tree: Root) => {
  let hasH1 = false;
  walk(tree, (el) => void (hasH1 ||= el.tagName === "h1"));
  if (!hasH1) return;
  walk(tree, (el) => {
    const level = /^h([1-5])$/.exec(el.tagName);
    if (level) el.tagName = `h${Number(level[1]) + 1}`;
  });
};

/** Links off the site open in a new tab without handing it our window (and carry no ranking weight). */
const externalLinks = () => (tree: Root) =>
  walk(tree, (el) => {
    const href = el.tagName === "a" ? String(el.properties.href ?? "") : "";
    if (/^https?:\/\//i.test(href))
      Object.assign(el.properties, { target: "_blank", rel: ["noopener", "noreferrer", "nofollow"] });
  });

// Sanitising comes right after parsing; only our own trusted plugins (slugs, anchors, link attributes) run after it.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(demoteH1)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, { behavior: "wrap", properties: { className: ["heading-anchor"] } })
  .use(externalLinks);

/** Markdown → a sanitised HTML tree (hast) plus the table of contents (h2/h3 with their anchor ids). */
export function renderMarkdown(markdown: string): { tree: Root; toc: TocEntry[] } {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const toc: TocEntry[] = [];
  walk(tree, (el) => {
    if ((el.tagName === "h2" || el.tagName === "h3") && typeof el.properties.id === "string") {
      toc.push({ id: el.properties.id, text: toString(el), depth: el.tagName === "h2" ? 2 : 3 });
    }
  });
  return { tree, toc };
}

/** Markdown → sanitised HTML (what the article page renders; tests check XSS payloads against it). */
export const markdownToHtml = (markdown: string): string => toHtml(renderMarkdown(markdown).tree);
