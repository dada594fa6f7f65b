import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { attributeSchemaSchema, type AttributeDefinition } from "@/lib/contracts/customer";

export const ATTRIBUTE_SCHEMA_KEY = "customer.attributes";

/** The custom attributes admins allow on customers (empty: none). */
export async function loadAttributeSchema(): Promise<AttributeDefinition[]> {
  const prisma = await getPrisma();
  const row = await prisma.setting.findUnique({ where: { key: ATTRIBUTE_SCHEMA_KEY } });
  const parsed = attributeSchemaSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

type Value = string | number | boolean;

function fits(definition: AttributeDefinition, value: Value): boolean {
  if (definition.type === "enum") return typeof value === "string" && (definition.values ?? []).includes(value);
  return typeof value === definition.type;
}

/**
 * Checks custom attributes against the schema: an unknown key or a value of the wrong type is a 400 naming the field
 * (`attributes.<key>`), so the exchange's developer sees what to fix.
 */
export function checkAttributes(
  attributes: Record<string, Value>,
  schema: AttributeDefinition[],
): Record<string, Value> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const definition = schema.find((d) => d.key === key);
    if (!definition) fields[`attributes.${key}`] = "exchange.attributeUnknown";
    else if (!fits(definition, value)) fields[`attributes.${key}`] = "exchange.attributeInvalid";
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, fields);
  return attributes;
}

/** Admins replace the whole schema; values already stored for removed keys stay but are no longer shown. */
export async function saveAttributeSchema({
  actor,
  schema,
}: {
  actor: Actor;
  schema: AttributeDefinition[];
}): Promise<void> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const value = attributeSchemaSchema.parse(schema);
  await prisma.$transaction([
    prisma.setting.upsert({
      where: { key: ATTRIBUTE_SCHEMA_KEY },
      create: { key: ATTRIBUTE_SCHEMA_KEY, value },
      update: { value },
    }),
    prisma.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "customerAttributes.updated",
        targetType: "Setting",
        targetId: ATTRIBUTE_SCHEMA_KEY,
        data: { keys: value.map((d) => d.key) },
      },
    }),
  ]);
}
