"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { toErrorBody } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { retryOutboxEmail } from "@/lib/services/notifications/find-outbox";

/** Queues a failed email for another attempt (admins only; the service checks). */
export async function retryEmail(id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await retryOutboxEmail({ actor: (await getActor())!, id: String(id) });
    revalidatePath("/admin/outbox");
    return { ok: true };
  } catch (error) {
    return { ok: false, message: toErrorBody(error, (await getLocale()) as Locale).body.error.message };
  }
}
