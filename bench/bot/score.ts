import type { BotIntent } from "../../lib/bot/decide-bot-reply";
import type { Locale } from "../../lib/i18n/locales";

export type BenchCase = { q: string; lang: Locale; expect: string[]; set: string };
export type BenchOutcome = { case: BenchCase; locale: string; intent: BotIntent };

type PerLanguage = { total: number; right: number };
export type BenchScore = {
  perLanguage: Record<string, PerLanguage>;
  urgent: { total: number; caught: number };
  notUrgent: { total: number; flagged: number };
  language: { total: number; matched: number };
  misses: { case: BenchCase; got: string }[];
  targetsMet: boolean;
};

/** What the bot did, as a label comparable with the set's: an article slug, "urgent" or "hand-off". */
export function label(intent: BotIntent): string {
  if (intent.kind === "answer") return intent.article.slug;
  if (intent.kind === "urgent") return "urgent";
  return "hand-off";
}

export function scoreBench(outcomes: BenchOutcome[]): BenchScore {
  const perLanguage: Record<string, PerLanguage> = {};
  const score: BenchScore = {
    perLanguage,
    urgent: { total: 0, caught: 0 },
    notUrgent: { total: 0, flagged: 0 },
    language: { total: 0, matched: 0 },
    misses: [],
    targetsMet: false,
  };
  for (const { case: c, locale, intent } of outcomes) {
    const got = label(intent);
    const right = c.expect.includes(got);
    const lang = (perLanguage[c.lang] ??= { total: 0, right: 0 });
    lang.total++;
    if (right) lang.right++;
    else score.misses.push({ case: c, got });
    if (c.expect.includes("urgent")) {
      score.urgent.total++;
      if (got === "urgent") score.urgent.caught++;
    } else {
      score.notUrgent.total++;
      if (got === "urgent") score.notUrgent.flagged++;
    }
    score.language.total++;
    if (locale === c.lang) score.language.matched++;
  }
  const rate = (n: number, d: number) => (d ? n / d : 1);
  score.targetsMet =
    Object.values(perLanguage).every((l) => rate(l.right, l.total) >= 0.9) &&
    score.urgent.caught === score.urgent.total &&
    rate(score.notUrgent.flagged, score.notUrgent.total) <= 0.03 &&
    score.language.matched === score.language.total;
  return score;
}

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : "—"}%`.padStart(7);

export function printBench(set: string, s: BenchScore) {
  console.log(`\nbench:bot — ${set} (${s.language.total} questions)`);
  console.log("| measure                    | result  | count     | target  |");
  console.log("| -------------------------- | ------- | --------- | ------- |");
  for (const [lang, l] of Object.entries(s.perLanguage)) {
    console.log(
      `| first answer right (${lang.padEnd(5)}) | ${pct(l.right, l.total)} | ${`${l.right}/${l.total}`.padEnd(9)} | ≥ 90%   |`,
    );
  }
  console.log(
    `| urgent recall              | ${pct(s.urgent.caught, s.urgent.total)} | ${`${s.urgent.caught}/${s.urgent.total}`.padEnd(9)} | 100%    |`,
  );
  console.log(
    `| false urgent               | ${pct(s.notUrgent.flagged, s.notUrgent.total)} | ${`${s.notUrgent.flagged}/${s.notUrgent.total}`.padEnd(9)} | ≤ 3%    |`,
  );
  console.log(
    `| language match             | ${pct(s.language.matched, s.language.total)} | ${`${s.language.matched}/${s.language.total}`.padEnd(9)} | 100%    |`,
  );
  console.log(`targets ${s.targetsMet ? "met" : "NOT met"}; misses (${s.misses.length}):`);
  for (const m of s.misses)
    console.log(`  [${m.case.lang}] ${m.case.q}  → got ${m.got}, want ${m.case.expect.join(" | ")}`);
}
