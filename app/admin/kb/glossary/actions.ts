"use server";

import { glossarySchema } from "@/lib/contracts/bot";
import { runAction } from "@/lib/http/action";
import { saveGlossary } from "@/lib/services/bot/glossary-admin";
import { parseInput } from "@/lib/validations/parse";

export async function saveGlossaryAction(input: unknown) {
  return runAction("/admin/kb/glossary", (actor, locale) => saveGlossary({ actor, ...parseInput(glossarySchema, input, locale) }));
}
