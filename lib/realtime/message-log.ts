import type { MessageDto } from "@/lib/contracts/chat";

/** A publish follows its commit within milliseconds; a message received this long before the connection's last sign of life cannot have an earlier seq still in flight. */
const GRACE_MS = 2000;

/** One conversation's messages by seq: duplicates collapse, and what arrived live is timed for the resume point. */
export class MessageLog {
  private readonly byseq = new Map<number, MessageDto>();
  private readonly receivedAt = new Map<number, number>();

  add(message: MessageDto, live: boolean): void {
    if (this.byseq.has(message.seq)) return;
    this.byseq.set(message.seq, message);
    if (live) this.receivedAt.set(message.seq, Date.now());
  }

  list(): MessageDto[] {
    return [...this.byseq.values()].sort((a, b) => a.seq - b.seq);
  }

  /**
   * The seq after which nothing can be missing, to join from after a reconnect: agents see every seq, so the first
   * gap after `syncedSeq`; customers (who never see notes) rely on timing against the connection's last activity.
   */
  safeSeq(side: "CUSTOMER" | "AGENT", from: { syncedSeq: number; resumeSeq: number; lastActivity: number }): number {
    if (side === "AGENT") {
      let seq = from.syncedSeq;
      while (this.byseq.has(seq + 1)) seq++;
      return seq;
    }
    let seq = from.resumeSeq;
    for (const [s, at] of this.receivedAt) if (at <= from.lastActivity - GRACE_MS && s > seq) seq = s;
    return seq;
  }
}
