import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { cachedRead } from "@/lib/db/read-cache";
import { DEFAULT_ROUTING, type RoutingSettings } from "@/lib/routing/queue-math";

export const ROUTING_KEY = "routing";

export type RoutingConfig = RoutingSettings & {
  /** Assign waiting chats to agents automatically (agents can always accept by hand). */
  autoAssign: boolean;
  /** The KB article shown while a compromised-account case waits. */
  safetyArticleSlug: string;
};

export const DEFAULT_CONFIG: RoutingConfig = {
  ...DEFAULT_ROUTING,
  autoAssign: true,
  safetyArticleSlug: "account-compromised",
};

const readRouting = cachedRead(["Setting"], (prisma: PrismaClient) =>
  prisma.setting.findUnique({ where: { key: ROUTING_KEY } }),
);

/** The routing thresholds (Setting "routing"), over the defaults: a partial or older value still works. */
export async function loadRoutingConfig(): Promise<RoutingConfig> {
  const row = await readRouting(await getPrisma());
  const saved = (row?.value ?? {}) as Partial<RoutingConfig>;
  return {
    ...DEFAULT_CONFIG,
    ...saved,
    priorityPoints: { ...DEFAULT_CONFIG.priorityPoints, ...(saved.priorityPoints ?? {}) },
  };
}
