import type { WaitLabel } from "./routing";
import type { LocalizedText } from "@/lib/i18n/locales";
// The live wallboard (/console/wallboard): what a supervisor sees of each of their teams, pushed over the socket.
// Zod-free, so the board's client bundle stays small. The figures' definitions are written here and on the page.

/** A team's longest wait above this raises the "long wait" alert. */
export const LONG_WAIT_ALERT_SECONDS = 300;

export type WallboardAlert =
  /** Customers are waiting and none of the team's agents is online. */
  | { kind: "unstaffed"; waiting: number }
  /** The longest wait is over LONG_WAIT_ALERT_SECONDS. */
  | { kind: "longWait"; seconds: number }
  /** Unsolved tickets past their running SLA deadline. */
  | { kind: "breach"; tickets: number };

export type WallboardAgentDto = {
  id: string;
  name: string;
  status: "ONLINE" | "AWAY" | "OFFLINE";
  maxConcurrentChats: number;
  /** Chats assigned to them now (status ACTIVE). */
  chats: number;
  /** Unsolved tickets assigned to them. */
  openTickets: number;
  /** Their last public chat reply or ticket reply today; the board counts the seconds since it, live. */
  lastReplyAt: string | null;
  /** Chats they were assignee of that closed since midnight in the desk's time zone. */
  handledToday: number;
  /** Mean seconds from a customer joining the queue to the first agent reply, over their chats first answered today. */
  firstResponseTodaySeconds: number | null;
};

export type WallboardEstimateDto = {
  seconds: number | null;
  label: WaitLabel;
  minutes: number | null;
};

export type WallboardTeamDto = {
  id: string;
  name: LocalizedText;
  /** Chats in this team's queue that nobody has taken. */
  waiting: number;
  /** When the longest-waiting of them joined the queue. */
  oldestQueuedAt: string | null;
  longestWaitSeconds: number | null;
  /** The estimate the customer at the back of the line is being shown (the same figure the widget shows). */
  estimate: WallboardEstimateDto | null;
  agents: { online: number; away: number; offline: number };
  /** Team members with their load, online first. */
  members: WallboardAgentDto[];
  /** The waiting chats, longest wait first, so the board can move one. */
  queue: { conversationId: string; customerName: string; queuedAt: string; priority: string }[];
  tickets: { atRisk: number; breached: number };
  alerts: WallboardAlert[];
  computedAt: string;
};

/** `timeZone`: the desk's, in which "today" starts at midnight. */
export type WallboardDto = { teams: WallboardTeamDto[]; computedAt: string; timeZone: string };
