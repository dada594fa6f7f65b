import { logger } from "@/lib/logger";

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

export type Scheduler = { stop(): Promise<void> };

/**
 * Runs each job in its own loop: run, wait `everyMs`, run again — never two runs of one job at once in a process.
 * Across processes the jobs themselves claim rows (`FOR UPDATE SKIP LOCKED`), so N instances can all run them.
 * A failing run is logged and the loop goes on. `stop()` ends the loops and waits for runs in flight.
 */
export function startScheduler(jobs: Job[]): Scheduler {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();

  const loop = (job: Job, delay: number) => {
    const timer = setTimeout(async () => {
      timers.delete(timer);
      if (stopped) return;
      const run = job.run().catch((error) => logger.error({ err: error, job: job.name }, "job failed"));
      running.add(run);
      await run;
      running.delete(run);
      if (!stopped) loop(job, job.everyMs);
    }, delay);
    timer.unref();
    timers.add(timer);
  };
  // A little jitter, so instances started together do not all knock at the same moment.
  for (const job of jobs) loop(job, Math.round(Math.random() * Math.min(job.everyMs, 2000)));

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
