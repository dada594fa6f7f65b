"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";
import { SiteForm, type SaveSite, type SiteFields } from "./site-form";

type Site = SiteFields & { id: string };
type Props = {
  sites: Site[];
  save: SaveSite;
  rotate(siteId: string): Promise<ActionResult<{ secret: string }>>;
  remove(siteId: string): Promise<ActionResult<null>>;
};

/** The one-time view of a signing secret: copy it to the exchange's backend now, Beacon will not show it again. */
function SecretNotice({ secret }: { secret: string }) {
  const t = useTranslations("exchange.admin");
  return (
    <div role="status" className="mx-4 mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-900">{t("secretOnce")}</p>
      <code className="mt-1 block font-mono text-xs break-all" data-testid="site-secret">
        {secret}
      </code>
    </div>
  );
}

const BLANK: SiteFields = {
  key: "",
  name: "",
  issuer: "",
  audience: "beacon",
  algorithm: "HS256",
  jwksUrl: null,
  identityRequired: false,
};

export function SiteList({ sites, save, rotate, remove }: Props) {
  const t = useTranslations("exchange.admin");
  const [secret, setSecret] = useState<{ siteId: string | null; value: string } | null>(null);
  const { pending, run } = useAction();
  return (
    <div className="divide-y divide-slate-100">
      <div>
        <h3 className="px-4 pt-4 text-sm font-semibold">{t("newSite")}</h3>
        <SiteForm id={null} initial={BLANK} save={save} onSecret={(value) => setSecret({ siteId: null, value })} />
        {secret && secret.siteId === null ? <SecretNotice secret={secret.value} /> : null}
      </div>
      {sites.map((site) => (
        <div key={site.id}>
          <h3 className="flex items-center gap-2 px-4 pt-4 text-sm font-semibold">
            {site.name} <code className="text-xs text-slate-500">{`data-site="${site.key}"`}</code>
          </h3>
          <SiteForm
            id={site.id}
            initial={site}
            save={save}
            onSecret={(value) => setSecret({ siteId: site.id, value })}
          />
          <div className="flex gap-2 px-4 pb-4">
            {site.algorithm === "HS256" ? (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() =>
                  run(
                    () => rotate(site.id),
                    (data) => setSecret({ siteId: site.id, value: data.secret }),
                  )
                }
              >
                {t("rotate")}
              </Button>
            ) : null}
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("confirmDelete", { name: site.name })))
                  run(
                    () => remove(site.id),
                    () => toast.success(t("deleted")),
                  );
              }}
            >
              {t("delete")}
            </Button>
          </div>
          {secret?.siteId === site.id ? <SecretNotice secret={secret.value} /> : null}
        </div>
      ))}
    </div>
  );
}
