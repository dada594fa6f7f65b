import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokens } from "@/components/admin/exchange/api-tokens";
import { AttributeSchemaEditor } from "@/components/admin/exchange/attribute-schema-editor";
import { SiteList } from "@/components/admin/exchange/site-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { loadAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { findApiTokens } from "@/lib/services/api-tokens/api-tokens-admin";
import { findIdentitySites } from "@/lib/services/identity/sites-admin";
import { createTokenAction, deleteSiteAction, revokeTokenAction, rotateSecretAction, saveAttributeSchemaAction, saveSiteAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange.admin"))("title") };
}

/** Connecting the exchange: sites that vouch for their customers, and the customer attributes they may send. */
export default async function AdminExchangePage() {
  const admin = await getAdmin();
  const [t, sites, schema, tokens] = await Promise.all([
    getTranslations("exchange.admin"),
    findIdentitySites({ actor: admin }),
    loadAttributeSchema(),
    findApiTokens({ actor: admin }),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("sitesTitle")}</h2>
        <SiteList sites={sites} save={saveSiteAction} rotate={rotateSecretAction} remove={deleteSiteAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("tokensTitle")}</h2>
        <ApiTokens tokens={tokens} create={createTokenAction} revoke={revokeTokenAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("schemaTitle")}</h2>
        <AttributeSchemaEditor initial={schema} save={saveAttributeSchemaAction} />
      </Card>
    </div>
  );
}
