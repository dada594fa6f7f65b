"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { WebhookDeliveryDto, WebhookEndpointDto } from "@/lib/contracts/webhook";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookForm } from "./webhook-form";

type Props = {
  endpoints: WebhookEndpointDto[];
  deliveries: WebhookDeliveryDto[];
  create(input: unknown): Promise<ActionResult<{ secret: string }>>;
  update(endpointId: string, input: unknown): Promise<ActionResult<null>>;
  rotate(endpointId: string): Promise<ActionResult<{ secret: string }>>;
  remove(endpointId: string): Promise<ActionResult<null>>;
  replay(deliveryId: string): Promise<ActionResult<null>>;
};

/** Subscriptions, their one-time secrets, and the delivery log with replay. */
export function Webhooks({ endpoints, deliveries, create, update, rotate, remove, replay }: Props) {
  const t = useTranslations("exchange.webhooks");
  const [secret, setSecret] = useState<string | null>(null);
  const { pending, run } = useAction();
  const createAndShow = async (input: unknown) => {
    const result = await create(input);
    if (result.ok) setSecret(result.data.secret);
    return result;
  };
  return (
    <div className="divide-y divide-slate-100">
      <WebhookForm
        id={null}
        initial={{ url: "", description: "", events: ["ticket.created"], active: true }}
        save={createAndShow}
      />
      {secret ? (
        <div role="status" className="m-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">{t("secretOnce")}</p>
          <code className="mt-1 block font-mono text-xs break-all" data-testid="webhook-secret">
            {secret}
          </code>
        </div>
      ) : null}
      {endpoints.map((endpoint) => (
        <div key={endpoint.id}>
          <WebhookForm id={endpoint.id} initial={endpoint} save={(input) => update(endpoint.id, input)} />
          <div className="flex items-center gap-2 px-4 pb-4">
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={pending}
              onClick={() =>
                run(
                  () => rotate(endpoint.id),
                  (data) => setSecret(data.secret),
                )
              }
            >
              {t("rotate")}
            </Button>
            {endpoint.rotating ? <span className="text-xs text-amber-700">{t("rotating")}</span> : null}
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={pending}
              onClick={() =>
                window.confirm(t("confirmDelete", { url: endpoint.url })) &&
                run(
                  () => remove(endpoint.id),
                  () => toast.success(t("deleted")),
                )
              }
            >
              {t("delete")}
            </Button>
          </div>
        </div>
      ))}
      <WebhookDeliveries deliveries={deliveries} replay={replay} />
    </div>
  );
}
