// The one registry of real-time events, imported by browser and server alike (no server-only imports here).
// Commands (client → server) are `domain.verb` and always answer through an ack; events (server → client) are
// `domain.past_tense`. Delivery: docs/architecture.md — at-least-once both ways, de-duplicated by clientId and seq.

import type { z } from "zod";
import type { QueueWait } from "@/lib/contracts/routing";
import type { AgentAvailabilityDto, setAgentAvailabilitySchema, setAgentStatusSchema } from "@/lib/contracts/agent";
import type {
  AgentStatus,
  conversationIdSchema,
  ConversationDto,
  joinConversationSchema,
  MessageDto,
  Priority,
  QueueEntryDto,
  readSchema,
  sendMessageSchema,
  transferSchema,
  typingSchema,
} from "@/lib/contracts/chat";
import type { NotificationDto } from "@/lib/contracts/notifications";
import type { Result } from "@/lib/contracts/result";
import type {
  ticketPresenceSchema,
  TicketEntryDto,
  TicketPresenceDto,
  unwatchTicketSchema,
  watchTicketSchema,
} from "@/lib/contracts/ticket";
import type { WallboardDto, WallboardTeamDto } from "@/lib/contracts/wallboard";

export type Ack<T extends object = object> = (result: Result<T>) => void;

/** A command's payload is what its zod schema accepts: the handler parses it with that schema (lib/realtime/command.ts). */
type In<S extends z.ZodType> = z.input<S>;

export interface ClientToServerEvents {
  /** Follow a ticket live (requester, agent, or tracking-key holder); agents are counted as viewing it. */
  "ticket.watch": (
    input: In<typeof watchTicketSchema>,
    ack: Ack<{ ticketId: string; presence: TicketPresenceDto[] }>,
  ) => void;
  "ticket.unwatch": (input: In<typeof unwatchTicketSchema>, ack: Ack) => void;
  /** Agents: "I am writing a reply" on / off. */
  "ticket.presence.set": (input: In<typeof ticketPresenceSchema>, ack: Ack) => void;
  "conversation.join": (
    input: In<typeof joinConversationSchema>,
    /** `more`: there are messages after the last one returned; join again with the new afterSeq. */
    ack: Ack<{ conversation: ConversationDto; messages: MessageDto[]; more: boolean }>,
  ) => void;
  "message.send": (input: In<typeof sendMessageSchema>, ack: Ack<{ message: MessageDto }>) => void;
  "typing.set": (input: In<typeof typingSchema>, ack: Ack) => void;
  "conversation.read": (input: In<typeof readSchema>, ack: Ack) => void;
  "handoff.request": (input: In<typeof conversationIdSchema>, ack: Ack<{ conversation: ConversationDto }>) => void;
  "agent.status.set": (input: In<typeof setAgentStatusSchema>, ack: Ack<{ status: AgentStatus }>) => void;
  /** Supervisors: another agent's status and/or chat capacity. */
  "agent.availability.set": (
    input: In<typeof setAgentAvailabilitySchema>,
    ack: Ack<{ agent: AgentAvailabilityDto }>,
  ) => void;
  "conversation.accept": (input: In<typeof conversationIdSchema>, ack: Ack<{ conversation: ConversationDto }>) => void;
  "conversation.transfer": (input: In<typeof transferSchema>, ack: Ack<{ conversation: ConversationDto }>) => void;
  "conversation.close": (input: In<typeof conversationIdSchema>, ack: Ack<{ conversation: ConversationDto }>) => void;
  /** Supervisors: follow the wallboard of their teams (again after every reconnect); answers the board now. */
  "wallboard.watch": (input: Record<string, never>, ack: Ack<{ board: WallboardDto }>) => void;
}

export interface ServerToClientEvents {
  "message.created": (payload: { message: MessageDto }) => void;
  "typing.changed": (payload: {
    conversationId: string;
    side: "CUSTOMER" | "AGENT";
    name: string | null;
    typing: boolean;
    /** Who is typing, so their own other tabs ignore it. */
    userId?: string;
  }) => void;
  "read.changed": (payload: { conversationId: string; side: "CUSTOMER" | "AGENT"; seq: number }) => void;
  "conversation.updated": (payload: { conversation: ConversationDto }) => void;
  "queue.updated": (
    payload:
      | {
          kind: "position";
          conversationId: string;
          position: number;
          estimatedWaitSeconds: number | null;
          wait?: QueueWait;
        }
      | { kind: "queue"; entries: QueueEntryDto[] },
  ) => void;
  /**
   * A ticket changed. `entry` is the new thread line, if any (customers never receive notes); the rest is the
   * ticket's state after the change.
   */
  "ticket.updated": (payload: {
    ticketId: string;
    ref: string;
    status: string;
    updatedAt: string;
    priority?: Priority;
    assignee?: { id: string; name: string } | null;
    teamId?: string | null;
    tags?: string[];
    subject?: string;
    slaDueAt?: string | null;
    entry?: TicketEntryDto | null;
    by?: { id: string; name: string } | null;
  }) => void;
  "ticket.presence": (payload: { ticketId: string; presence: TicketPresenceDto[] }) => void;
  "notification.created": (payload: NotificationDto) => void;
  "agent.status.changed": (payload: { agentId: string; status: AgentStatus }) => void;
  /** Supervisors watching a team's wallboard: the team's board, recomputed (coalesced, at most every 250 ms). */
  "wallboard.team.updated": (payload: { team: WallboardTeamDto }) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

/** Room names: the server decides recipients by room, never the browser. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  agents: "agents",
  /** Supervisors watching one team's wallboard. */
  wallboard: (teamId: string) => `wallboard:${teamId}`,
  team: (teamId: string) => `team:${teamId}`,
  /** Everyone following one ticket's public side (requester's other devices, tracking-key holders). */
  ticket: (ticketId: string) => `ticket:${ticketId}`,
  /** Agents who have a ticket open, and those among them writing a reply (presence). */
  ticketViewers: (ticketId: string) => `ticket:${ticketId}:viewers`,
  ticketReplying: (ticketId: string) => `ticket:${ticketId}:replying`,
  /** Everyone who may see the conversation's public side (the customer and agents who joined it). */
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  /** Agents only: internal notes and agent-side events for one conversation. */
  conversationAgents: (conversationId: string) => `conversation:${conversationId}:agents`,
} as const;
