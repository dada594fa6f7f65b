"use server";

import { glossarySchema } from "@/lib/contracts/bot";
import { adminAction } from "@/lib/http/action";
import { saveGlossary } from "@/lib/services/bot/glossary-admin";

export const saveGlossaryAction = adminAction("/admin/kb/glossary", ({ actor, parse }, input: unknown) =>
  saveGlossary({ actor, ...parse(glossarySchema, input) }),
);
