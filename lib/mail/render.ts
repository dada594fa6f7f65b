// Plain, robust email: a text part (what every client can read) and a small HTML part built from the same pieces.

export type EmailContent = {
  preheader?: string;
  greeting: string;
  paragraphs: string[];
  /** A quoted message (a reply's text), shown as written. */
  quote?: { author: string; body: string };
  action?: { label: string; url: string };
  /** A row of links, one per score (the solved ticket's rating). */
  rating?: { lead: string; links: { label: string; url: string }[] };
  notes?: string[];
  signature: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderText(content: EmailContent): string {
  const parts = [content.greeting, ...content.paragraphs];
  if (content.quote)
    parts.push(
      `${content.quote.author}:\n${content.quote.body
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n")}`,
    );
  if (content.action) parts.push(`${content.action.label}:\n${content.action.url}`);
  if (content.rating)
    parts.push([content.rating.lead, ...content.rating.links.map((link) => `${link.label}: ${link.url}`)].join("\n"));
  parts.push(...(content.notes ?? []), `— ${content.signature}`);
  return `${parts.join("\n\n")}\n`;
}

export function renderHtml(content: EmailContent): string {
  const p = (text: string) => `<p style="margin:0 0 16px;line-height:1.6">${escapeHtml(text)}</p>`;
  const quote = content.quote
    ? `<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #f57b0b;background:#fff8eb;border-radius:6px">` +
      `<p style="margin:0 0 6px;font-weight:600">${escapeHtml(content.quote.author)}</p>` +
      `<div style="white-space:pre-wrap;line-height:1.6">${escapeHtml(content.quote.body)}</div></div>`
    : "";
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#d95706;color:#fff;text-decoration:none;border-radius:8px;font-weight:600">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:12px;color:#64748b;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : "";
  const rating = content.rating
    ? p(content.rating.lead) +
      `<p style="margin:0 0 16px">` +
      content.rating.links
        .map(
          (link) =>
            `<a href="${escapeHtml(link.url)}" style="display:inline-block;margin:0 6px 6px 0;padding:8px 12px;border:1px solid #cbd5e1;border-radius:8px;color:#0f172a;text-decoration:none">${escapeHtml(link.label)}</a>`,
        )
        .join("") +
      `</p>`
    : "";
  const notes = (content.notes ?? [])
    .map((note) => `<p style="margin:0 0 12px;font-size:13px;color:#64748b">${escapeHtml(note)}</p>`)
    .join("");
  return (
    `<!doctype html><html><body style="margin:0;background:#f8fafc;font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;color:#0f172a">` +
    (content.preheader ? `<div style="display:none">${escapeHtml(content.preheader)}</div>` : "") +
    `<div style="max-width:560px;margin:0 auto;padding:32px 24px"><div style="background:#fff;border:1px solid #e2e8f0;border-radius:16px;padding:28px">` +
    p(content.greeting) +
    content.paragraphs.map(p).join("") +
    quote +
    action +
    rating +
    notes +
    `<p style="margin:16px 0 0;color:#475569">— ${escapeHtml(content.signature)}</p>` +
    `</div></div></body></html>`
  );
}
