import { logger } from "@/lib/logger";

type State = {
  timer?: NodeJS.Timeout;
  running?: boolean;
  again?: boolean;
  lastStart?: number;
  /** Callers waiting for the next run to finish (it covers their change). */
  waiting?: (() => void)[];
};
// On globalThis: Next's bundles and server.ts load separate copies of this module, and a burst may come from both.
const store = globalThis as typeof globalThis & { __beaconCoalesced?: Map<string, State> };

/**
 * A push that bursts of changes share (a surge of new chats, a wave of accepts): `work` runs at once for a change
 * after a quiet spell (the wallboard's event-to-screen delay is the work's own time), then at most once every
 * `delayMs`, and once more if something changed while it ran. Failures are logged; the next change tries again.
 * The returned promise settles when a run that started after the call has finished (it never rejects).
 */
export function coalesced(name: string, delayMs: number, work: () => Promise<void>): () => Promise<void> {
  const schedule = (): Promise<void> => {
    const states = (store.__beaconCoalesced ??= new Map());
    const state = states.get(name) ?? {};
    states.set(name, state);
    const done = new Promise<void>((resolve) => (state.waiting ??= []).push(resolve));
    if (state.running) {
      state.again = true;
      return done;
    }
    if (state.timer) return done;
    const wait = state.lastStart === undefined ? 0 : Math.max(0, state.lastStart + delayMs - Date.now());
    state.timer = setTimeout(() => void run(state), wait);
    state.timer.unref?.();
    return done;
  };
  const run = async (state: State) => {
    state.timer = undefined;
    state.running = true;
    state.lastStart = Date.now();
    const covered = state.waiting ?? [];
    state.waiting = [];
    try {
      await work();
    } catch (error) {
      logger.error({ err: error, push: name }, "coalesced push failed");
    } finally {
      state.running = false;
      for (const resolve of covered) resolve();
      if (state.again) {
        state.again = false;
        void schedule();
      }
    }
  };
  return schedule;
}
