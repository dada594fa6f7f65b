import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokens } from "@/components/admin/exchange/api-tokens";
import { Webhooks } from "@/components/admin/exchange/webhooks";
import { AccountActions } from "@/components/admin/exchange/account-actions";
import { findAccountActions } from "@/lib/services/account-actions/actions-admin";
import { AttributeSchemaEditor } from "@/components/admin/exchange/attribute-schema-editor";
import { SiteList } from "@/components/admin/exchange/site-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { loadAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { findApiTokens } from "@/lib/services/api-tokens/api-tokens-admin";
import { findIdentitySites } from "@/lib/services/identity/sites-admin";
import { findWebhookDeliveries, findWebhookEndpoints } from "@/lib/services/webhooks/webhooks-admin";
import * as actions from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange.admin"))("title") };
}

/** Connecting the exchange: sites that vouch for their customers, and the customer attributes they may send. */
export default async function AdminExchangePage() {
  const admin = await getAdmin();
  const [t, sites, schema, tokens, endpoints, deliveries, accountActions] = await Promise.all([
    getTranslations("exchange.admin"),
    findIdentitySites({ actor: admin }),
    loadAttributeSchema(),
    findApiTokens({ actor: admin }),
    findWebhookEndpoints({ actor: admin }),
    findWebhookDeliveries({ actor: admin, take: 30 }),
    findAccountActions({ actor: admin }),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("sitesTitle")}</h2>
        <SiteList
          sites={sites}
          save={actions.saveSiteAction}
          rotate={actions.rotateSecretAction}
          remove={actions.deleteSiteAction}
        />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("tokensTitle")}</h2>
        <ApiTokens tokens={tokens} create={actions.createTokenAction} revoke={actions.revokeTokenAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("webhooksTitle")}</h2>
        <Webhooks
          endpoints={endpoints}
          deliveries={deliveries}
          create={actions.createWebhookAction}
          update={actions.updateWebhookAction}
          rotate={actions.rotateWebhookAction}
          remove={actions.deleteWebhookAction}
          replay={actions.replayDeliveryAction}
        />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("actionsTitle")}</h2>
        <AccountActions
          actions={accountActions}
          create={actions.createAccountActionAction}
          update={actions.updateAccountActionAction}
          remove={actions.deleteAccountActionAction}
        />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("schemaTitle")}</h2>
        <AttributeSchemaEditor initial={schema} save={actions.saveAttributeSchemaAction} />
      </Card>
    </div>
  );
}
