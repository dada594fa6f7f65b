"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toErrorBody } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { updateRoutingAdmin } from "@/lib/services/routing/routing-admin";
import { parseInput } from "@/lib/validations/parse";
import { routingSettingsSchema } from "@/lib/validations/routing";

export type SaveResult = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

/** Saves the routing page (admins only; the service checks). */
export async function saveRoutingSettings(input: unknown): Promise<SaveResult> {
  const locale = (await getLocale()) as Locale;
  try {
    await updateRoutingAdmin({ actor: (await getActor())!, settings: parseInput(routingSettingsSchema, input, locale) });
    revalidatePath("/admin/topics");
    return { ok: true };
  } catch (error) {
    const { body } = toErrorBody(error, locale);
    return { ok: false, message: body.error.message, fields: body.error.fields };
  }
}
