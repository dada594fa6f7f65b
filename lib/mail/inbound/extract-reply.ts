// What the customer just wrote, without the quoted history and the signature under it (they stay in the raw mail).
const QUOTE_HEADERS = [
  /^On\b.{0,200}\bwrote:\s*$/i, // Gmail, Apple Mail, Thunderbird
  /^在.{0,200}写道[:：]\s*$/, // Chinese Gmail / Apple Mail
  /^-{2,}\s*(Original Message|原始邮件|Forwarded message)\s*-{2,}/i,
  /^_{10,}\s*$/, // Outlook's rule above "From: …"
  /^#{2,}.*(reply above this line|请在此线以上回复).*#{2,}\s*$/i, // Beacon's own marker
];
const SIGNATURES = [/^--\s?$/, /^(Sent from my|Get Outlook for|发自我的)\b/i];

/** Outlook without a rule: "From: …" followed closely by "Sent: …" (or "Date:"). */
function isOutlookHeader(lines: string[], i: number): boolean {
  if (!/^(From|发件人)\s*[:：]/.test(lines[i].trim())) return false;
  return lines.slice(i + 1, i + 4).some((line) => /^(Sent|Date|发送时间|日期)\s*[:：]/.test(line.trim()));
}

/** Cuts at the first quote header or signature; drops `>` lines; never returns less than nothing to say. */
export function extractReply(text: string): { body: string; folded: boolean } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  let folded = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    // "On Tue, … <x@y>" is often broken over two lines before "wrote:".
    const joined = `${line} ${lines[i + 1]?.trim() ?? ""}`;
    if (
      QUOTE_HEADERS.some((re) => re.test(line)) ||
      (/^On\b/i.test(line) && /\bwrote:\s*$/i.test(joined)) ||
      isOutlookHeader(lines, i) ||
      SIGNATURES.some((re) => re.test(line))
    ) {
      folded = true;
      break;
    }
    if (line.startsWith(">")) {
      folded = true;
      continue;
    }
    kept.push(lines[i]);
  }
  const body = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return body ? { body, folded } : { body: text.trim(), folded: false };
}
