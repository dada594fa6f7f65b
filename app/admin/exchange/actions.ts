"use server";

import { runAction } from "@/lib/http/action";
import { parseInput } from "@/lib/contracts/parse";
import { attributeSchemaSchema } from "@/lib/contracts/customer";
import { identitySiteSchema } from "@/lib/contracts/identity";
import { requireAdmin } from "@/lib/auth/guards";
import { saveAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { createApiTokenSchema } from "@/lib/contracts/api-token";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens/api-tokens-admin";
import { webhookEndpointSchema } from "@/lib/contracts/webhook";
import { accountActionSchema } from "@/lib/contracts/account-action";
import { createAccountAction, deleteAccountAction, updateAccountAction } from "@/lib/services/account-actions/actions-admin";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookDelivery,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "@/lib/services/webhooks/webhooks-admin";
import { deleteIdentitySite, rotateSiteSecret, saveIdentitySite } from "@/lib/services/identity/sites-admin";

const PAGE = "/admin/exchange";

export async function saveSiteAction(siteId: string | null, input: unknown) {
  return runAction(PAGE, async (actor, locale) => {
    const { secret } = await saveIdentitySite({ actor: requireAdmin(actor), siteId: siteId ?? undefined, input: parseInput(identitySiteSchema, input, locale) });
    return { secret };
  });
}

export async function rotateSecretAction(siteId: string) {
  return runAction(PAGE, (actor) => rotateSiteSecret({ actor: requireAdmin(actor), siteId: String(siteId) }));
}

export async function deleteSiteAction(siteId: string) {
  return runAction(PAGE, (actor) => deleteIdentitySite({ actor: requireAdmin(actor), siteId: String(siteId) }));
}

export async function saveAttributeSchemaAction(input: unknown) {
  return runAction(PAGE, async (actor, locale) => {
    await saveAttributeSchema({ actor: requireAdmin(actor), schema: parseInput(attributeSchemaSchema, input, locale) });
    return null;
  });
}

export async function createTokenAction(input: unknown) {
  return runAction(PAGE, async (actor, locale) => {
    const { token } = await createApiToken({ actor: requireAdmin(actor), input: parseInput(createApiTokenSchema, input, locale) });
    return { token };
  });
}

export async function revokeTokenAction(tokenId: string) {
  return runAction(PAGE, (actor) => revokeApiToken({ actor: requireAdmin(actor), tokenId: String(tokenId) }));
}

export async function createWebhookAction(input: unknown) {
  return runAction(PAGE, async (actor, locale) => {
    const { secret } = await createWebhookEndpoint({ actor: requireAdmin(actor), input: parseInput(webhookEndpointSchema, input, locale) });
    return { secret };
  });
}

export async function updateWebhookAction(endpointId: string, input: unknown) {
  return runAction(PAGE, async (actor, locale) =>
    updateWebhookEndpoint({ actor: requireAdmin(actor), endpointId: String(endpointId), input: parseInput(webhookEndpointSchema, input, locale) }),
  );
}

export async function rotateWebhookAction(endpointId: string) {
  return runAction(PAGE, (actor) => rotateWebhookSecret({ actor: requireAdmin(actor), endpointId: String(endpointId) }));
}

export async function deleteWebhookAction(endpointId: string) {
  return runAction(PAGE, (actor) => deleteWebhookEndpoint({ actor: requireAdmin(actor), endpointId: String(endpointId) }));
}

export async function replayDeliveryAction(deliveryId: string) {
  return runAction(PAGE, (actor) => replayWebhookDelivery({ actor: requireAdmin(actor), deliveryId: String(deliveryId) }));
}

export async function createAccountActionAction(input: unknown) {
  return runAction(PAGE, async (actor, locale) => {
    const { secret } = await createAccountAction({ actor: requireAdmin(actor), input: parseInput(accountActionSchema, input, locale) });
    return { secret };
  });
}

export async function updateAccountActionAction(actionId: string, input: unknown) {
  return runAction(PAGE, async (actor, locale) => updateAccountAction({ actor: requireAdmin(actor), actionId: String(actionId), input: parseInput(accountActionSchema, input, locale) }));
}

export async function deleteAccountActionAction(actionId: string) {
  return runAction(PAGE, (actor) => deleteAccountAction({ actor: requireAdmin(actor), actionId: String(actionId) }));
}
