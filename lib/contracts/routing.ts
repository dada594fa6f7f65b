import { z } from "zod";

const priority = z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]);

/** The admin's routing page: topics, per-agent capacity, the queue's thresholds. */
export const routingSettingsSchema = z.object({
  topics: z
    .array(
      z.object({
        id: z.string().min(1),
        teamId: z.string().min(1),
        basePriority: priority,
        keywords: z.array(z.string().trim().min(1).max(60)).max(50),
      }),
    )
    .max(200),
  agents: z
    .array(
      z.object({
        userId: z.string().min(1),
        maxConcurrentChats: z.number().int().min(0).max(50),
        /** Unsolved tickets assignment by load gives this agent at most. */
        maxOpenTickets: z.number().int().min(0).max(500).optional(),
      }),
    )
    .max(1000),
  /** Teams whose new and reopened tickets are assigned by load. */
  ticketTeams: z
    .array(z.object({ id: z.string().min(1), autoAssignTickets: z.boolean() }))
    .max(200)
    .optional(),
  thresholds: z.object({
    autoAssign: z.boolean(),
    widenAfterSeconds: z.number().int().min(0).max(86_400),
    longerThanUsualSeconds: z.number().int().min(30).max(86_400),
    overflowSeconds: z.number().int().min(30).max(86_400),
    agingPointsPerMinute: z.number().min(0).max(1000),
    vipPoints: z.number().min(0).max(1000),
    botMinScore: z.number().min(0).max(5),
  }),
});

export type RoutingSettingsInput = z.output<typeof routingSettingsSchema>;

/** How a wait is said: "soon", "about N min", "longer than usual", or "unknown" when nobody of the team is online. */
export type WaitLabel = "soon" | "minutes" | "longer" | "unknown";

/** What a waiting customer is told; `overflow`: offer to leave a message; `nextStaffedAt`: when business hours say someone will be in. */
export type QueueWait = { label: WaitLabel; minutes: number | null; overflow: boolean; nextStaffedAt?: string | null };
