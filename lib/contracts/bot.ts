import { z } from "zod";

// The bot's admin-edited data: the domain glossary (one group of synonyms per line).

export const GLOSSARY_TEXT_MAX = 50_000;
export const GLOSSARY_GROUPS_MAX = 500;
export const GLOSSARY_TERMS_MAX = 40;

export const glossarySchema = z.object({ text: z.string().max(GLOSSARY_TEXT_MAX) });

export type GlossaryInput = z.output<typeof glossarySchema>;
