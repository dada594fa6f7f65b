// The browser side of one conversation's delivery contract (docs/architecture.md), free of React so tests drive the same code:
// - client → server at-least-once: every message has a clientId and stays in an outbox (kept in storage across
//   reloads and offline spells) until the server acks it; retries reuse the clientId, so nothing doubles;
// - server → client at-least-once: messages are kept by seq (duplicates collapse), and every (re)connect joins with
//   the last seq known to be complete, so whatever was published while the socket was away is fetched.
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import type { QueueWait } from "@/lib/contracts/routing";
import type { AttachmentDto } from "@/lib/contracts/attachment";
import {
  COMMAND_POLICY,
  on,
  sendCommand,
  type BeaconClientSocket,
  type CommandInput,
  type CommandResult,
} from "./client";
import type { ClientToServerEvents } from "./events";
import { MessageLog } from "./message-log";
import { TypingSignals } from "./typing-signals";
import { loadOutbox, newClientId, saveOutbox, type KeyValueStore, type PendingMessage } from "./outbox";

export { newClientId, type PendingMessage } from "./outbox";

export type SyncSnapshot = {
  conversation: ConversationDto | null;
  messages: MessageDto[];
  pending: PendingMessage[];
  /** The other side is typing (name when known). */
  typing: { name: string | null } | null;
  connected: boolean;
  /** Joined since the last (re)connect: history is complete and live. */
  joined: boolean;
  /** Place in the queue while waiting for an agent, and how long that should take. */
  position: number | null;
  wait: QueueWait | null;
  /** Why the conversation could not be opened (not found, not yours). */
  error: string | null;
};

export type SyncOptions = {
  side: "CUSTOMER" | "AGENT";
  selfId?: string;
  storage?: KeyValueStore | null;
  /** Overrides COMMAND_POLICY.timeoutMs (tests). */
  ackTimeoutMs?: number;
};

/** No answer, or the server failed on its side: the same clientId goes again (the server de-duplicates it). */
const RETRYABLE = new Set(["NETWORK", "INTERNAL"]);

export class ConversationSync {
  private readonly log = new MessageLog();
  private pending: PendingMessage[] = [];
  private conversation: ConversationDto | null = null;
  private readonly typing = new TypingSignals(
    (typing) => {
      if (!this.joined) return false;
      void this.call("typing.set", { conversationId: this.conversationId, typing });
      return true;
    },
    () => this.changed(),
  );
  private position: number | null = null;
  private wait: QueueWait | null = null;
  private error: string | null = null;
  private joined = false;
  private joinEpoch = 0;
  private syncedSeq = 0;
  private lastActivity = 0;
  private resumeSeq = 0;
  private flushing = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readSent = 0;
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly off: (() => void)[] = [];

  constructor(
    private readonly socket: BeaconClientSocket,
    readonly conversationId: string,
    private readonly options: SyncOptions,
  ) {
    this.pending = loadOutbox(this.options.storage, this.conversationId);
    this.snapshot = this.buildSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  /** Seeds history the page already rendered on the server (no flash of an empty chat). */
  seed(conversation: ConversationDto | null, messages: MessageDto[]): void {
    if (conversation) this.conversation = conversation;
    for (const message of messages) this.add(message, false);
    this.syncedSeq = Math.max(this.syncedSeq, ...messages.map((m) => m.seq), 0);
    this.resumeSeq = this.syncedSeq;
    this.changed();
  }

  start(): void {
    const socket = this.socket;
    const alive = () => (this.lastActivity = Date.now());
    socket.io.on("packet", alive);
    socket.io.on("ping", alive);
    this.off.push(
      () => socket.io.off("packet", alive),
      () => socket.io.off("ping", alive),
      on(socket, "connect", () => void this.join()),
      on(socket, "disconnect", () => this.disconnected()),
      on(socket, "message.created", ({ message }) => this.onMessage(message)),
      on(socket, "conversation.updated", ({ conversation }) => {
        if (conversation.id !== this.conversationId) return;
        this.conversation = conversation;
        this.changed();
      }),
      on(socket, "read.changed", (event) => {
        if (event.conversationId !== this.conversationId || !this.conversation) return;
        const key = event.side === "CUSTOMER" ? "customerLastReadSeq" : "agentLastReadSeq";
        this.conversation = { ...this.conversation, [key]: Math.max(this.conversation[key], event.seq) };
        this.changed();
      }),
      on(socket, "typing.changed", (event) => {
        if (event.conversationId !== this.conversationId || event.userId === this.options.selfId) return;
        if (event.side === this.options.side && this.options.side === "CUSTOMER") return;
        this.typing.show(event.typing ? { name: event.name } : null);
      }),
      on(socket, "queue.updated", (event) => {
        if (event.kind !== "position" || event.conversationId !== this.conversationId) return;
        this.position = event.position;
        this.wait = event.wait ?? null;
        this.changed();
      }),
    );
    if (socket.connected) void this.join();
    this.changed();
  }

  stop(): void {
    this.off.splice(0).forEach((fn) => fn());
    clearTimeout(this.retryTimer);
    this.typing.stop();
    this.joinEpoch++;
  }

  /** Queues a message; it is sent now, or as soon as the connection is back. Returns its clientId. */
  send(input: { body: string; attachments?: AttachmentDto[]; internal?: boolean }): string {
    const clientId = newClientId();
    this.pending.push({
      clientId,
      conversationId: this.conversationId,
      body: input.body,
      attachments: input.attachments ?? [],
      internal: input.internal ?? false,
      createdAt: new Date().toISOString(),
      state: "sending",
      attempts: 0,
    });
    this.persist();
    this.setTyping(false);
    this.changed();
    void this.flush();
    return clientId;
  }

  retry(clientId: string): void {
    const message = this.pending.find((p) => p.clientId === clientId);
    if (!message) return;
    Object.assign(message, { state: "sending", error: undefined, attempts: 0 });
    this.persist();
    this.changed();
    void this.flush();
  }

  discard(clientId: string): void {
    this.pending = this.pending.filter((p) => p.clientId !== clientId);
    this.persist();
    this.changed();
  }

  /** Typing signals, throttled; `false` also follows a few idle seconds by itself. */
  setTyping(typing: boolean): void {
    this.typing.set(typing);
  }

  /** Reports the reader has seen everything up to `seq`. */
  markRead(seq: number): void {
    if (seq <= this.readSent || !this.joined) return;
    this.readSent = seq;
    void this.call("conversation.read", { conversationId: this.conversationId, seq });
  }

  private async join(): Promise<void> {
    const epoch = ++this.joinEpoch;
    this.joined = false;
    this.error = null;
    this.changed();
    let more = true;
    while (more) {
      const result = await this.call("conversation.join", {
        conversationId: this.conversationId,
        afterSeq: this.resumeSeq,
      });
      if (epoch !== this.joinEpoch) return;
      if (!result.ok && result.code === "NETWORK") {
        if (this.socket.connected) this.retryLater(() => this.join());
        return;
      }
      if (!result.ok) {
        this.error = result.message;
        this.changed();
        return;
      }
      this.conversation = result.conversation;
      for (const message of result.messages) this.add(message, false);
      const last = result.messages.at(-1)?.seq;
      if (last !== undefined) this.syncedSeq = this.resumeSeq = Math.max(this.resumeSeq, last);
      more = result.more;
    }
    this.joined = true;
    this.readSent = 0;
    this.changed();
    void this.flush();
  }

  private disconnected(): void {
    this.joined = false;
    this.joinEpoch++;
    this.resumeSeq = this.log.safeSeq(this.options.side, {
      syncedSeq: this.syncedSeq,
      resumeSeq: this.resumeSeq,
      lastActivity: this.lastActivity,
    });
    this.changed();
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (;;) {
        if (!this.joined || !this.socket.connected) return;
        const next = this.pending.find((p) => p.state === "sending");
        if (!next) return;
        const result = await this.call("message.send", {
          conversationId: this.conversationId,
          clientId: next.clientId,
          body: next.body,
          attachmentIds: next.attachments.map((a) => a.id),
          internal: next.internal,
        });
        if (!result.ok && RETRYABLE.has(result.code)) {
          // A dropped connection is not the message's fault: it goes again after the next join.
          if (!this.socket.connected) return;
          next.attempts++;
          if (next.attempts < COMMAND_POLICY.attempts) return this.retryLater(() => this.flush());
          this.fail(next, result.code === "NETWORK" ? null : result.message);
          continue;
        }
        if (result.ok) {
          this.pending = this.pending.filter((p) => p.clientId !== next.clientId);
          this.add(result.message, false);
        } else {
          this.fail(next, result.fields?.body ?? result.fields?.attachmentIds ?? result.message);
        }
        this.persist();
        this.changed();
      }
    } finally {
      this.flushing = false;
    }
  }

  private fail(message: PendingMessage, error: string | null): void {
    message.state = "failed";
    message.error = error ?? undefined;
    this.persist();
    this.changed();
  }

  private retryLater(fn: () => Promise<void>): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void fn(), COMMAND_POLICY.retryDelayMs);
  }

  private onMessage(message: MessageDto): void {
    if (message.conversationId !== this.conversationId) return;
    this.add(message, true);
    const otherSide =
      message.authorKind === "CUSTOMER" ? this.options.side === "AGENT" : this.options.side === "CUSTOMER";
    if (otherSide && message.authorKind !== "SYSTEM") this.typing.show(null);
    this.changed();
  }

  private add(message: MessageDto, live: boolean): void {
    this.log.add(message, live);
    if (message.clientId && this.pending.some((p) => p.clientId === message.clientId)) {
      this.pending = this.pending.filter((p) => p.clientId !== message.clientId);
      this.persist();
    }
  }

  private call<E extends keyof ClientToServerEvents>(event: E, input: CommandInput<E>): Promise<CommandResult<E>> {
    return sendCommand(this.socket, event, input, { timeoutMs: this.options.ackTimeoutMs });
  }

  private persist(): void {
    saveOutbox(this.options.storage, this.conversationId, this.pending);
  }

  private buildSnapshot(): SyncSnapshot {
    return {
      conversation: this.conversation,
      messages: this.log.list(),
      pending: this.pending.map((p) => ({ ...p })),
      typing: this.typing.shown,
      connected: this.socket.connected,
      joined: this.joined,
      position: this.position,
      wait: this.wait,
      error: this.error,
    };
  }

  private changed(): void {
    this.snapshot = this.buildSnapshot();
    this.listeners.forEach((listener) => listener());
  }
}
