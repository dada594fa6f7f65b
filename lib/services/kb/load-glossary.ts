import { getPrisma } from "@/lib/db/client";
import { compileGlossary, type CompiledGlossary } from "@/lib/search/glossary";

// Search reads the glossary on every keystroke: kept in memory for a few seconds (another instance's save reaches
// this one within TTL_MS; a save on this instance at once).
const TTL_MS = 10_000;
const KEY = Symbol.for("beacon.glossary");
const store = globalThis as typeof globalThis & { [KEY]?: { at: number; glossary: CompiledGlossary } };

/** The domain glossary as stored (SynonymGroup), compiled for matching. */
export async function loadGlossary({ fresh = false }: { fresh?: boolean } = {}): Promise<CompiledGlossary> {
  const cached = store[KEY];
  if (!fresh && cached && Date.now() - cached.at < TTL_MS) return cached.glossary;
  const prisma = await getPrisma();
  const groups = await prisma.synonymGroup.findMany({
    select: { id: true, terms: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const glossary = compileGlossary(groups);
  store[KEY] = { at: Date.now(), glossary };
  return glossary;
}

/** After a save: the next search reads the new glossary. */
export function forgetGlossary(): void {
  delete store[KEY];
}
