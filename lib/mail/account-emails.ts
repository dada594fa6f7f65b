// Account emails (password reset, staff invitation, address verification and confirmation), in the recipient's
// language. They carry only Beacon's own text and a link — not even the name someone typed: nothing anyone wrote
// reaches an address this way (docs/security.md).
import { appUrl } from "@/lib/config";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { OutgoingEmail } from "./outbox";
import { renderHtml, renderText } from "./render";

export type AccountEmailKind = "reset" | "invite" | "verify" | "confirm";

const PATHS: Record<AccountEmailKind, string> = {
  reset: "/login/reset",
  invite: "/login/invite",
  verify: "/login/verify",
  confirm: "/login/verify",
};

export const accountLink = (kind: AccountEmailKind, token: string): string =>
  `${appUrl()}${PATHS[kind]}?token=${encodeURIComponent(token)}`;

export function accountEmail(
  kind: AccountEmailKind,
  to: { address: string; locale: string | null },
  token: string,
  minutes: number,
): OutgoingEmail {
  const locale: Locale = isLocale(to.locale) ? to.locale : "zh-CN";
  const t = translator(locale);
  const key = <N extends "subject" | "lead" | "action" | "notMe">(name: N) => `accountEmail.${kind}.${name}` as const;
  const content = {
    greeting: t("accountEmail.greeting"),
    preheader: t(key("lead")),
    paragraphs: [t(key("lead")), t("accountEmail.expires", { minutes })],
    action: { label: t(key("action")), url: accountLink(kind, token) },
    notes: [t(key("notMe"))],
    signature: t("tickets.email.signature"),
  };
  return {
    to: to.address,
    subject: t(key("subject")),
    text: renderText(content),
    html: renderHtml(content),
    beaconTextOnly: true,
  };
}
