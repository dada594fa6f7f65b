import type { Prisma } from "@/lib/db/generated/client";
import { asLocalizedText } from "@/lib/db/localized";
import { toAttachmentDto } from "@/lib/contracts/attachment";
import type { TicketEntryDto, TicketEventData } from "@/lib/contracts/ticket";
import { formatTicketNumber, type TicketDetailDto, type TicketSummaryDto } from "@/lib/contracts/ticket";
import { type SlaBadge } from "@/lib/contracts/sla";
import { targetBadge } from "@/lib/sla/sla-clock";
import type { SlaConfig } from "@/lib/services/sla/sla-config";
import type { TicketViewer } from "./access";
import { deriveTrackingKey, trackingPath } from "./tracking-key";

export const ticketSummarySelect = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  channel: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
  slaDueAt: true,
  slaAtRiskAt: true,
  slaPausedAt: true,
  requesterId: true,
  verified: true,
  requester: { select: { id: true, name: true, contactEmail: true, isGuest: true, vipLevel: true } },
  assignee: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
  topic: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.TicketSelect;

export const entrySelect = {
  id: true,
  ticketId: true,
  kind: true,
  body: true,
  event: true,
  createdAt: true,
  author: { select: { id: true, name: true, role: true } },
  attachments: { select: { id: true, filename: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.TicketEntrySelect;

export const ticketDetailSelect = {
  ...ticketSummarySelect,
  locale: true,
  conversationId: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  firstRespondedAt: true,
  solvedAt: true,
  closedAt: true,
  mergedInto: { select: { number: true, trackingKeyNonce: true } },
  links: {
    select: { linked: { select: { number: true, subject: true, status: true } } },
    orderBy: { createdAt: "asc" },
  },
  rating: { select: { score: true, reason: true, createdAt: true } },
  entries: { select: entrySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.TicketSelect;

type SummaryRow = Prisma.TicketGetPayload<{ select: typeof ticketSummarySelect }>;
type DetailRow = Prisma.TicketGetPayload<{ select: typeof ticketDetailSelect }>;
type EntryRow = Prisma.TicketEntryGetPayload<{ select: typeof entrySelect }>;

/** Events a customer sees in the timeline; assignment, tags, priority and SLA stay on the agents' side. */
const CUSTOMER_EVENTS = new Set<TicketEventData["type"]>([
  "created",
  "status",
  "reopened",
  "converted",
  "accountAction",
  "merged",
  "mergedFrom",
]);

export function entryVisibleTo(viewer: TicketViewer, entry: { kind: string; event: unknown }): boolean {
  if (viewer === "agent") return true;
  if (entry.kind === "NOTE") return false;
  if (entry.kind === "EVENT") return CUSTOMER_EVENTS.has((entry.event as TicketEventData | null)?.type ?? "created");
  return true;
}

export function toEntryDto(row: EntryRow, requesterId: string): TicketEntryDto {
  const side = row.author && (row.author.id === requesterId || row.author.role === "CUSTOMER") ? "CUSTOMER" : "AGENT";
  return {
    id: row.id,
    ticketId: row.ticketId,
    kind: row.kind,
    author: row.author ? { id: row.author.id, name: row.author.name, side } : null,
    body: row.body,
    event: (row.event as TicketEventData | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map(toAttachmentDto),
  };
}

/** The list badge: the running deadline's state. */
export function runningBadge(
  row: Pick<SummaryRow, "status" | "slaDueAt" | "slaAtRiskAt" | "slaPausedAt">,
  now = new Date(),
): SlaBadge {
  if (row.status === "SOLVED" || row.status === "CLOSED") return "none";
  if (row.slaPausedAt) return "paused";
  if (!row.slaDueAt) return "none";
  if (row.slaDueAt <= now) return "breached";
  return row.slaAtRiskAt && row.slaAtRiskAt <= now ? "atRisk" : "ok";
}

export function toSummaryDto(row: SummaryRow, viewer: TicketViewer, now = new Date()): TicketSummaryDto {
  const agent = viewer === "agent";
  return {
    id: row.id,
    ref: formatTicketNumber(row.number),
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    tags: agent ? row.tags : [],
    verified: agent && row.verified,
    requester: {
      id: row.requester.id,
      name: row.requester.name,
      email: agent || viewer === "requester" ? row.requester.contactEmail : null,
      isGuest: row.requester.isGuest,
      vipLevel: agent ? row.requester.vipLevel : 0,
    },
    assignee: row.assignee,
    team: row.team && { id: row.team.id, name: asLocalizedText(row.team.name) },
    topic: row.topic && { ...row.topic, name: asLocalizedText(row.topic.name) },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    slaDueAt: agent ? (row.slaDueAt?.toISOString() ?? null) : null,
    sla: agent ? runningBadge(row, now) : "none",
  };
}

/**
 * Where a merged ticket leads: agents to the console; anyone else who could open the duplicate follows it to the
 * target with the target's tracking key (the agent judged them one matter, as a CC would be).
 */
function mergedIntoDto(target: { number: number; trackingKeyNonce: string | null }, viewer: TicketViewer) {
  const ref = formatTicketNumber(target.number);
  const href =
    viewer === "agent"
      ? `/console/tickets/${ref}`
      : target.trackingKeyNonce
        ? trackingPath(target.number, deriveTrackingKey(target.trackingKeyNonce))
        : `/tickets/${ref}`;
  return { ref, href };
}

export function toDetailDto(
  row: DetailRow,
  viewer: TicketViewer,
  sla: SlaConfig,
  reopenableUntil: Date | null,
  now = new Date(),
): TicketDetailDto {
  const targets = sla.targets[row.priority];
  const badge = (due: Date | null, doneAt: Date | null, minutes: number | null) =>
    targetBadge({ due, doneAt, minutes, pausedAt: row.slaPausedAt, now, hours: sla.hours });
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    ...toSummaryDto(row, viewer, now),
    viewer,
    entries: row.entries
      .filter((entry) => entryVisibleTo(viewer, entry))
      .map((entry) => toEntryDto(entry, row.requesterId)),
    firstResponse: {
      dueAt: iso(row.firstResponseDueAt),
      doneAt: iso(row.firstRespondedAt),
      badge: badge(row.firstResponseDueAt, row.firstRespondedAt, targets?.firstResponseMinutes ?? null),
    },
    resolution: {
      dueAt: iso(row.resolutionDueAt),
      doneAt: iso(row.solvedAt),
      badge: badge(row.resolutionDueAt, row.solvedAt, targets?.resolutionMinutes ?? null),
    },
    solvedAt: iso(row.solvedAt),
    closedAt: iso(row.closedAt),
    reopenableUntil: iso(reopenableUntil),
    conversationId: viewer === "agent" ? row.conversationId : null,
    locale: row.locale,
    mergedInto: row.mergedInto ? mergedIntoDto(row.mergedInto, viewer) : null,
    links:
      viewer === "agent"
        ? row.links.map(({ linked: { number, ...linked } }) => ({ ...linked, ref: formatTicketNumber(number) }))
        : [],
    rating: row.rating
      ? { score: row.rating.score, reason: row.rating.reason, createdAt: row.rating.createdAt.toISOString() }
      : null,
  };
}
