import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { requireAdmin, requireAgent, requireSupervisor } from "@/lib/auth/guards";
import { parseInput } from "@/lib/contracts/parse";
import type { Result } from "@/lib/contracts/result";
import type { Locale } from "@/lib/i18n/locales";
import { toErrorBody } from "./errors";

/** What a server action hands back to its form: the data, or the API's error in the reader's language (never a throw). */
export type ActionResult<T = unknown> = Result<{ data: T }>;

/** Put in place before an action's body runs: a signed-in actor of the right role, the language, and its parser. */
export type ActionContext<A extends Actor> = {
  actor: A;
  locale: Locale;
  parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S>;
};

/**
 * An authenticated action client (dub's safe-action is the model): the guard loads the actor and refuses the wrong
 * role before the body runs; the body calls one service; the page that shows the change is refreshed; any error
 * becomes the same code, message and field errors the HTTP API gives.
 */
function actionClient<A extends Actor>(guard: (actor: Actor | null) => A) {
  return <Args extends unknown[], T>(path: string, body: (ctx: ActionContext<A>, ...args: Args) => Promise<T>) =>
    async (...args: Args): Promise<ActionResult<T>> => {
      const locale = (await getLocale()) as Locale;
      try {
        const actor = guard(await getActor());
        const data = await body(
          { actor, locale, parse: (schema, input) => parseInput(schema, input, locale) },
          ...args,
        );
        revalidatePath(path);
        return { ok: true, data };
      } catch (error) {
        return { ok: false, ...toErrorBody(error, locale).body.error };
      }
    };
}

export const adminAction = actionClient(requireAdmin);
export const supervisorAction = actionClient(requireSupervisor);
export const agentAction = actionClient(requireAgent);
