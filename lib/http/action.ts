import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { toErrorBody } from "./errors";

/** What a server action hands back to its form: the data, or the API's error in the reader's language (never a throw). */
export type ActionResult<T = unknown> = { ok: true; data: T } | { ok: false; message: string; fields?: Record<string, string> };

/**
 * The body of a server action: gets the actor and the reader's language, runs (the service authorises), refreshes
 * the page that shows the change, and turns any error into the same message and field errors the HTTP API gives.
 */
export async function runAction<T>(path: string, body: (actor: Actor | null, locale: Locale) => Promise<T>): Promise<ActionResult<T>> {
  const locale = (await getLocale()) as Locale;
  try {
    const data = await body(await getActor(), locale);
    revalidatePath(path);
    return { ok: true, data };
  } catch (error) {
    const { message, fields } = toErrorBody(error, locale).body.error;
    return { ok: false, message, ...(fields ? { fields } : {}) };
  }
}
