// A synthetic help center for the search benchmark: 10,000 articles in zh-CN and en, recombined from the 51 demo
// articles (titles with qualifiers, bodies mixing paragraphs of several articles) so terms spread like a real corpus.
import { allArticles } from "../prisma/seed/kb";

const ZH_QUALIFIERS = [
  "",
  "（App 端）",
  "（网页版）",
  "（VIP 用户）",
  "：常见问题",
  "：操作指南",
  "（2025 更新）",
  "：注意事项",
  "（企业账户）",
  "（新手必读）",
];
const EN_QUALIFIERS = [
  "",
  " (app)",
  " (web)",
  " for VIP users",
  ": FAQ",
  ": step by step",
  " (2025 update)",
  ": things to know",
  " for business accounts",
  " for beginners",
];

/** Deterministic pseudo-random numbers, so every run searches the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const paragraphs = (body: string) => body.split(/\n{2,}/).filter((p) => p.trim().length > 0);

export type CorpusArticle = {
  slug: string;
  category: string;
  draft: boolean;
  zh: { title: string; body: string };
  en: { title: string; body: string };
};

export function* corpus(count: number): Generator<CorpusArticle> {
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  for (let i = 0; i < count; i++) {
    const base = allArticles[i % allArticles.length];
    const others = [pick(allArticles), pick(allArticles)];
    const q = Math.floor(next() * ZH_QUALIFIERS.length);
    const mix = (lang: "zh" | "en") =>
      [...paragraphs(base[lang].body).slice(0, 4), ...others.flatMap((o) => paragraphs(o[lang].body).slice(1, 3))].join(
        "\n\n",
      );
    yield {
      slug: `${base.slug}-${i}`,
      category: base.category,
      draft: next() < 0.05,
      zh: { title: base.zh.title + ZH_QUALIFIERS[q], body: mix("zh") },
      en: { title: base.en.title + EN_QUALIFIERS[q], body: mix("en") },
    };
  }
}

/** The benchmark's mixed queries: zh words and phrases, English words, stems and phrases, typos, misses. */
export const QUERIES: { q: string; locale: "zh-CN" | "en" }[] = [
  ...[
    "交易密码",
    "提现",
    "充值未到账",
    "谷歌验证器",
    "手续费",
    "身份认证",
    "API",
    "合约",
    "强平",
    "资金费率",
    "理财",
    "注销账户",
    "我的提现一直没到账怎么办",
    "如何修改绑定手机",
    "防钓鱼码",
    "币",
    "USDT 网络",
    "子账户",
    "KYC 审核要多久",
    "冻结账户",
  ].map((q) => ({ q, locale: "zh-CN" as const })),
  ...[
    "withdrawals",
    "deposit not arrived",
    "reset password",
    "two-factor authentication",
    "api key",
    "fees",
    "liquidation",
    "funding rate",
    "withdrawl",
    "verifcation",
    "passwrod reset",
    "how do i close my account",
    "staking rewards",
    "anti-phishing code",
    "margin",
    "p2p",
    "network",
    "xyzzy nothing matches",
    "sub-account",
    "VIP levels",
  ].map((q) => ({ q, locale: "en" as const })),
];
