// Light, safe formatting for chat messages: **bold**, `code`, ```code blocks```, links (bare http(s)/www or
// [text](https://…)). The result is a token tree that React renders as text nodes — never HTML — so nothing a
// sender types can run; only http(s) and mailto links are ever made.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "bold"; children: Inline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; text: string };

export type Block = { kind: "paragraph"; lines: Inline[][] } | { kind: "codeblock"; text: string };

// Absolute links, and the help center's own pages by path (the bot links articles as /help/articles/<slug>).
const URL_PATTERN = /\b((?:https?:\/\/|www\.)[^\s<>"'`]+)|(?<=^|\s)(\/help\/[\w\-/]+)/gi;
const TRAILING = /[.,;:!?)\]}'"。，；：！？）】]+$/;

/** A link target we are willing to open, or null. */
export function safeHref(raw: string): string | null {
  if (/^\/help\/[\w\-/]+$/.test(raw)) return raw;
  const candidate = raw.startsWith("www.") ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:" ? url.href : null;
  } catch {
    return null;
  }
}

function linkify(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let raw = match[0].replace(TRAILING, "");
    // Keep a closing parenthesis that belongs to the URL: https://en.wikipedia.org/wiki/Foo_(bar)
    const count = (char: string) => raw.split(char).length - 1;
    if (match[0].slice(raw.length).startsWith(")") && count("(") > count(")")) raw += ")";
    const href = safeHref(raw);
    const start = match.index ?? 0;
    if (!href) continue;
    if (start > last) out.push({ kind: "text", text: text.slice(last, start) });
    out.push({ kind: "link", href, text: raw });
    last = start + raw.length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** Markdown-style links, then bare URLs, in plain text. */
function links(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^\]\n]{1,200})\]\(([^)\s]{1,2000})\)/g)) {
    const href = safeHref(match[2]);
    if (!href) continue;
    const start = match.index ?? 0;
    out.push(...linkify(text.slice(last, start)), { kind: "link", href, text: match[1] });
    last = start + match[0].length;
  }
  out.push(...linkify(text.slice(last)));
  return out;
}

function bold(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(/\*\*(?=\S)([\s\S]*?\S)\*\*/g)) {
    const start = match.index ?? 0;
    out.push(...links(text.slice(last, start)), { kind: "bold", children: links(match[1]) });
    last = start + match[0].length;
  }
  out.push(...links(text.slice(last)));
  return out;
}

/** One line: `code` spans first (nothing inside them is formatted), then bold, then links. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(/`([^`\n]+)`/g)) {
    const start = match.index ?? 0;
    out.push(...bold(line.slice(last, start)), { kind: "code", text: match[1] });
    last = start + match[0].length;
  }
  out.push(...bold(line.slice(last)));
  return out.filter((token) => token.kind !== "text" || token.text !== "");
}

export function parseMessage(body: string): Block[] {
  const blocks: Block[] = [];
  const parts = body.split("```");
  // An unclosed fence stays literal text.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`\`\`${parts.at(-1)}`);
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      blocks.push({ kind: "codeblock", text: part.replace(/^[\w-]*\n/, "").replace(/\n$/, "") });
      return;
    }
    const trimmed = part.replace(/^\n+|\n+$/g, "");
    if (trimmed) blocks.push({ kind: "paragraph", lines: trimmed.split("\n").map(parseInline) });
  });
  return blocks;
}

const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s){1,24}$/u;

/** Up to a few emoji and nothing else: shown large, as messengers do. */
export function isEmojiOnly(body: string): boolean {
  return EMOJI_ONLY.test(body) && /\p{Extended_Pictographic}/u.test(body) && [...body.replace(/\s/g, "")].length <= 8;
}

/** A one-line preview without the formatting marks (inbox lists, notifications). */
export function plainPreview(body: string, max = 140): string {
  const text = body
    .replace(/```[\s\S]*?```/g, " … ")
    .replace(/\*\*|`/g, "")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
