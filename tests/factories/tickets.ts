import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Priority } from "@/lib/db/generated/enums";
import { createTicket } from "@/lib/services/tickets/create-ticket";
import { createTeam } from "./users";

const POLICIES: { priority: Priority; firstResponseMinutes: number; resolutionMinutes: number }[] = [
  { priority: "URGENT", firstResponseMinutes: 5, resolutionMinutes: 240 },
  { priority: "HIGH", firstResponseMinutes: 30, resolutionMinutes: 480 },
  { priority: "NORMAL", firstResponseMinutes: 120, resolutionMinutes: 1440 },
  { priority: "LOW", firstResponseMinutes: 480, resolutionMinutes: 4320 },
];

/** The demo SLA policies (idempotent: tests share a PostgreSQL database). */
export async function ensureSlaPolicies(): Promise<void> {
  const prisma = await getPrisma();
  await prisma.slaPolicy.createMany({ data: POLICIES, skipDuplicates: true });
}

/** A topic routed to its own team (or the given one), with a base priority. */
export async function createTopic(options: { priority?: Priority; teamSlug?: string } = {}) {
  const prisma = await getPrisma();
  await ensureSlaPolicies();
  const team = await createTeam(options.teamSlug);
  const slug = `topic-${randomUUID().slice(0, 8)}`;
  const topic = await prisma.topic.create({
    data: { slug, name: { en: slug, "zh-CN": slug }, teamId: team.id, basePriority: options.priority ?? "NORMAL" },
  });
  return { topic, team };
}

/** A ticket filed by `actor` (or by a new guest with `email` when actor is null) through the real service. */
export async function fileTicket(
  actor: Actor | null,
  options: {
    topic?: string;
    subject?: string;
    description?: string;
    email?: string;
    attachmentIds?: string[];
    locale?: "en" | "zh-CN";
  } = {},
) {
  const topic = options.topic ?? (await createTopic()).topic.slug;
  return createTicket({
    actor,
    locale: options.locale ?? "en",
    input: {
      topic,
      subject: options.subject ?? "Deposit not credited",
      description: options.description ?? "My USDT deposit from yesterday has not arrived yet.",
      email: options.email,
      attachmentIds: options.attachmentIds ?? [],
    },
  });
}

/** The tracking key inside a ticket's tracking link. */
export const keyOf = (trackingPath: string) => new URL(trackingPath, "http://x").searchParams.get("key")!;
