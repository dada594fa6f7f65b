// The outbox of one conversation: messages written but not yet acknowledged by the server, kept in storage so a
// reload, a crash or an offline spell loses nothing (they are sent, with their clientId, when the page is back).
import type { AttachmentDto } from "@/lib/contracts/attachment";

export type PendingMessage = {
  clientId: string;
  conversationId: string;
  body: string;
  attachments: AttachmentDto[];
  internal: boolean;
  createdAt: string;
  state: "sending" | "failed";
  error?: string;
  attempts: number;
};

export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const key = (conversationId: string) => `beacon.outbox.${conversationId}`;

export function loadOutbox(storage: KeyValueStore | null | undefined, conversationId: string): PendingMessage[] {
  try {
    const saved = JSON.parse(storage?.getItem(key(conversationId)) ?? "[]") as PendingMessage[];
    return Array.isArray(saved) ? saved.filter((p) => p.clientId && p.conversationId === conversationId) : [];
  } catch {
    return [];
  }
}

export function saveOutbox(
  storage: KeyValueStore | null | undefined,
  conversationId: string,
  pending: PendingMessage[],
): void {
  try {
    if (pending.length) storage?.setItem(key(conversationId), JSON.stringify(pending));
    else storage?.removeItem(key(conversationId));
  } catch {
    // Storage full or blocked: the outbox still lives in memory for this page.
  }
}

export function newClientId(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
