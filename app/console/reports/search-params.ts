import { reportQuerySchema, type ReportQuery } from "@/lib/contracts/report";
import { defaultReportRange } from "@/lib/services/reports/report-scope";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page's query: the URL's, with the last 30 days where the range is missing; `invalid` when it was unusable. */
export async function reportQueryFrom(searchParams: SearchParams) {
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
  );
  const defaults = await defaultReportRange();
  const parsed = reportQuerySchema.safeParse({ ...defaults, ...raw });
  const query: ReportQuery = parsed.success ? parsed.data : reportQuerySchema.parse(defaults);
  return { query, raw, invalid: !parsed.success };
}
