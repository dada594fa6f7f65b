"use server";

import { accountActionSchema } from "@/lib/contracts/account-action";
import { createApiTokenSchema } from "@/lib/contracts/api-token";
import { attributeSchemaSchema } from "@/lib/contracts/customer";
import { identitySiteSchema } from "@/lib/contracts/identity";
import { webhookEndpointSchema } from "@/lib/contracts/webhook";
import { adminAction } from "@/lib/http/action";
import {
  createAccountAction,
  deleteAccountAction,
  updateAccountAction,
} from "@/lib/services/account-actions/actions-admin";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens/api-tokens-admin";
import { saveAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { deleteIdentitySite, rotateSiteSecret, saveIdentitySite } from "@/lib/services/identity/sites-admin";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookDelivery,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "@/lib/services/webhooks/webhooks-admin";

const PAGE = "/admin/exchange";

export const saveSiteAction = adminAction(PAGE, async ({ actor, parse }, siteId: string | null, input: unknown) => {
  const { secret } = await saveIdentitySite({
    actor,
    siteId: siteId ?? undefined,
    input: parse(identitySiteSchema, input),
  });
  return { secret };
});

export const rotateSecretAction = adminAction(PAGE, ({ actor }, siteId: string) =>
  rotateSiteSecret({ actor, siteId: String(siteId) }),
);

export const deleteSiteAction = adminAction(PAGE, ({ actor }, siteId: string) =>
  deleteIdentitySite({ actor, siteId: String(siteId) }),
);

export const saveAttributeSchemaAction = adminAction(PAGE, async ({ actor, parse }, input: unknown) => {
  await saveAttributeSchema({ actor, schema: parse(attributeSchemaSchema, input) });
  return null;
});

export const createTokenAction = adminAction(PAGE, async ({ actor, parse }, input: unknown) => {
  const { token } = await createApiToken({ actor, input: parse(createApiTokenSchema, input) });
  return { token };
});

export const revokeTokenAction = adminAction(PAGE, ({ actor }, tokenId: string) =>
  revokeApiToken({ actor, tokenId: String(tokenId) }),
);

export const createWebhookAction = adminAction(PAGE, async ({ actor, parse }, input: unknown) => {
  const { secret } = await createWebhookEndpoint({ actor, input: parse(webhookEndpointSchema, input) });
  return { secret };
});

export const updateWebhookAction = adminAction(PAGE, ({ actor, parse }, endpointId: string, input: unknown) =>
  updateWebhookEndpoint({ actor, endpointId: String(endpointId), input: parse(webhookEndpointSchema, input) }),
);

export const rotateWebhookAction = adminAction(PAGE, ({ actor }, endpointId: string) =>
  rotateWebhookSecret({ actor, endpointId: String(endpointId) }),
);

export const deleteWebhookAction = adminAction(PAGE, ({ actor }, endpointId: string) =>
  deleteWebhookEndpoint({ actor, endpointId: String(endpointId) }),
);

export const replayDeliveryAction = adminAction(PAGE, ({ actor }, deliveryId: string) =>
  replayWebhookDelivery({ actor, deliveryId: String(deliveryId) }),
);

export const createAccountActionAction = adminAction(PAGE, async ({ actor, parse }, input: unknown) => {
  const { secret } = await createAccountAction({ actor, input: parse(accountActionSchema, input) });
  return { secret };
});

export const updateAccountActionAction = adminAction(PAGE, ({ actor, parse }, actionId: string, input: unknown) =>
  updateAccountAction({ actor, actionId: String(actionId), input: parse(accountActionSchema, input) }),
);

export const deleteAccountActionAction = adminAction(PAGE, ({ actor }, actionId: string) =>
  deleteAccountAction({ actor, actionId: String(actionId) }),
);
