import { Prisma } from "@/lib/db/generated/client";

/**
 * Durations in the rollup are counted in log-spaced buckets: bucket 0 holds [0 s, 1 s), bucket b ≥ 1 holds
 * [RATIO^(b−1), RATIO^b) seconds, the last one everything beyond (RATIO^190 s is about 2 years). A median or p90 read
 * from them is off from the exact (percentile_cont) one by less than 10 % (RATIO − 1) of the larger of the two values
 * it lies between, plus a second (docs/reports.md).
 */
export const BUCKET_RATIO = 1.1;
export const BUCKETS = 192;

/** The durations a report shows a median and p90 of, as the facts name them (report-facts.ts). */
export const DURATION_METRICS = {
  wait: "wait",
  chatFirstResponse: "CASE WHEN kind = 'chat' THEN first_response END",
  handle: "handle",
  ticketFirstResponse: "CASE WHEN kind = 'ticket' THEN first_response END",
  resolution: "resolution",
} as const;
export type DurationMetric = keyof typeof DURATION_METRICS;

/** The bucket of a duration `x` in seconds (SQL). */
export const bucketOf = (x: string) =>
  `(CASE WHEN ${x} < 1 THEN 0 ELSE LEAST(${BUCKETS - 1}, 1 + floor(ln(${x}) / ln(${BUCKET_RATIO}))::int) END)`;

/**
 * The median and p90 of each group of summed histograms: `hist` has columns (g, metric, b, n). As percentile_cont,
 * the percentile p of n values sits at rank h = p·(n − 1), between the values of rank ⌊h⌋ and ⌈h⌉; each of those is
 * read from the bucket holding it (at its place among the bucket's values, on the log scale) and the two are
 * interpolated as percentile_cont does. Each is within one bucket of the true value of that rank.
 */
export function percentilesSql(hist: Prisma.Sql): Prisma.Sql {
  // Each bucket row is checked against the (at most four) ranks its own group needs: no join, one pass.
  return Prisma.sql`
    hist AS (${hist}),
    cum AS (
      SELECT g, metric, b, n, sum(n) OVER (PARTITION BY g, metric ORDER BY b) - n AS before,
        sum(n) OVER (PARTITION BY g, metric) AS total
      FROM hist)
    SELECT g, metric, p,
      sum(w * CASE WHEN b = 0 THEN f ELSE power(${BUCKET_RATIO}::float8, b - 1 + f) END) AS value
    FROM cum
      CROSS JOIN (VALUES (0.5::float8, false), (0.5, true), (0.9, false), (0.9, true)) q(p, up)
      CROSS JOIN LATERAL (SELECT p * (total - 1) AS h) rank
      CROSS JOIN LATERAL (SELECT CASE WHEN up THEN ceil(h) ELSE floor(h) END AS k,
        CASE WHEN up THEN h - floor(h) ELSE 1 - (h - floor(h)) END AS w) neighbour
      CROSS JOIN LATERAL (SELECT (k + 0.5 - before) / n AS f) place
    WHERE k + 0.5 >= before AND k + 0.5 < before + n
    GROUP BY g, metric, p`;
}

export type PercentileRow = { g: string; metric: DurationMetric; p: number; value: number };

const FIELDS: Record<DurationMetric, [string, string]> = {
  wait: ["wait_median", "wait_p90"],
  chatFirstResponse: ["chat_fr_median", "chat_fr_p90"],
  handle: ["handle_median", "handle_p90"],
  ticketFirstResponse: ["ticket_fr_median", "ticket_fr_p90"],
  resolution: ["resolution_median", "resolution_p90"],
};

/** The percentiles of each group as the aggregate row's fields (wait_median, wait_p90, …). */
export function percentileFields(rows: PercentileRow[]): Map<string, Record<string, number>> {
  const groups = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const fields = groups.get(row.g) ?? {};
    fields[FIELDS[row.metric][row.p < 0.7 ? 0 : 1]] = Number(row.value);
    groups.set(row.g, fields);
  }
  return groups;
}
