"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toErrorBody } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { updateSlaSettings } from "@/lib/services/sla/sla-settings";
import { slaSettingsSchema } from "@/lib/validations/ticket";
import { parseInput } from "@/lib/validations/parse";

export type SaveResult = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

/** Saves the SLA page (admins only; the service checks). */
export async function saveSlaSettings(input: unknown): Promise<SaveResult> {
  const locale = (await getLocale()) as Locale;
  try {
    await updateSlaSettings({ actor: (await getActor())!, settings: parseInput(slaSettingsSchema, input, locale) });
    revalidatePath("/admin/sla");
    return { ok: true };
  } catch (error) {
    const { body } = toErrorBody(error, locale);
    return { ok: false, message: body.error.message, fields: body.error.fields };
  }
}
