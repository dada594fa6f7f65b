const SEND_EVERY_MS = 2500;
const IDLE_MS = 4000;
const SHOW_MS = 7000;

/**
 * Typing, both ways, for one conversation: ours goes out throttled (and turns itself off after a few idle seconds);
 * theirs is shown until they send, stop, or go quiet for SHOW_MS.
 */
export class TypingSignals {
  private theirs: { name: string | null } | null = null;
  private sent = { typing: false, at: 0 };
  private idleTimer?: ReturnType<typeof setTimeout>;
  private showTimer?: ReturnType<typeof setTimeout>;

  constructor(
    /** Sends our state; returns false when it cannot go now (not joined), so it is not counted as sent. */
    private readonly send: (typing: boolean) => boolean,
    private readonly changed: () => void,
  ) {}

  /** Who is typing on the other side (their name when known), or null. */
  get shown(): { name: string | null } | null {
    return this.theirs;
  }

  set(typing: boolean): void {
    clearTimeout(this.idleTimer);
    if (typing) this.idleTimer = setTimeout(() => this.set(false), IDLE_MS);
    const now = Date.now();
    if (typing === this.sent.typing && (!typing || now - this.sent.at < SEND_EVERY_MS)) return;
    if (this.send(typing)) this.sent = { typing, at: now };
  }

  show(typing: { name: string | null } | null): void {
    clearTimeout(this.showTimer);
    this.theirs = typing;
    if (typing) this.showTimer = setTimeout(() => this.show(null), SHOW_MS);
    this.changed();
  }

  stop(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.showTimer);
  }
}
