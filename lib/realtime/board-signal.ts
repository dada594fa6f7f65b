// "Something the wallboard counts has changed." Tickets, routing and chats signal it without importing the wallboard
// (which sits above them: docs/architecture.md, the direction of imports); lib/services/chat-reactions.ts wires the
// wallboard's coalesced broadcast to it at start.

type Listener = () => void;
const store = globalThis as typeof globalThis & { __beaconBoardListeners?: Set<Listener> };
const listeners = () => (store.__beaconBoardListeners ??= new Set());

export function onBoardChange(listener: Listener): void {
  listeners().add(listener);
}

export function boardChanged(): void {
  for (const listener of listeners()) listener();
}
