import { BadgeCheck, Fingerprint, IdCard, MapPin, ShieldCheck, Tags } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { CustomerContext } from "@/lib/realtime/chat-types";

/** The "verified" badge: the exchange signed this customer's identity for this chat. */
export async function VerifiedBadge({ verified }: { verified: boolean }) {
  const t = await getTranslations("exchange.panel");
  if (!verified) return null;
  return (
    <span
      title={t("verifiedHint")}
      className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800"
      data-testid="verified-badge"
    >
      <BadgeCheck aria-hidden className="size-3" />
      {t("verified")}
    </span>
  );
}

/** What the exchange told us about the customer: external id, UID, KYC level, region, tags, custom attributes. */
export async function CustomerProfile({ customer }: { customer: CustomerContext }) {
  const t = await getTranslations("exchange.panel");
  const { profile } = customer;
  if (!profile.externalId) return null;
  const row = (icon: React.ReactNode, label: string, value: React.ReactNode) => (
    <div className="relative py-1.5 pl-6">
      <dt className="text-[0.6875rem] font-medium tracking-wide text-slate-500 uppercase">
        <span className="absolute top-2 left-0 text-slate-500">{icon}</span>
        {label}
      </dt>
      <dd className="truncate text-sm text-slate-800">{value}</dd>
    </div>
  );
  const attributes = Object.entries(profile.attributes);
  return (
    <dl data-testid="customer-profile">
      {row(
        <Fingerprint aria-hidden className="size-4" />,
        t("externalId"),
        <span className="font-mono text-xs">{profile.externalId}</span>,
      )}
      {profile.uid
        ? row(
            <IdCard aria-hidden className="size-4" />,
            t("uid"),
            <span className="font-mono text-xs">{profile.uid}</span>,
          )
        : null}
      {row(<ShieldCheck aria-hidden className="size-4" />, t("kycLevel"), `KYC ${profile.kycLevel}`)}
      {profile.region ? row(<MapPin aria-hidden className="size-4" />, t("region"), profile.region) : null}
      {profile.tags.length ? row(<Tags aria-hidden className="size-4" />, t("tags"), profile.tags.join(", ")) : null}
      {attributes.map(([key, value]) => (
        <div key={key} className="py-1 pl-6">
          <dt className="text-[0.6875rem] font-medium tracking-wide text-slate-500 uppercase">
            {customer.attributeLabels[key] ?? key}
          </dt>
          <dd className="truncate text-sm text-slate-800">{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
