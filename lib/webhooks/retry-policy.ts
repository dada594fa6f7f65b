/** Retries go on for a day from the event (or the replay); then the delivery is FAILED and admins can replay it. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 3600_000;

/** 15 s, 30 s, 1 min, … at most an hour between attempts. */
export const webhookRetryDelayMs = (attempts: number) => Math.min(3600_000, 15_000 * 2 ** Math.max(0, attempts - 1));
