import { describe, expect, it } from "vitest";
import { asksForHuman, decideBotReply, inferTopic, isUrgent } from "@/lib/bot/decide-bot-reply";

const article = (slug: string, score: number) => ({ slug, title: slug, snippet: "…", score });
const base = { results: [], botMisses: 0, urgentKeywords: [], minScore: 1.5 };

describe("the bot's decision", () => {
  it.each([
    "人工",
    "转人工",
    "我要找客服",
    "人工客服在吗",
    "真人",
    "I want a human",
    "Talk to a human",
    "agent please",
    "can I speak to a real person?",
    "Representative!",
  ])("hands off when the customer asks for a person: %s", (text) => {
    expect(asksForHuman(text)).toBe(true);
    expect(decideBotReply({ ...base, text, results: [article("x", 3)] })).toEqual({ kind: "human", reason: "asked" });
  });

  it.each(["How do I withdraw?", "user-agent header for the API", "humanely priced fees", "充值未到账"])(
    "does not mistake a question for a request for a person: %s",
    (text) => {
      expect(asksForHuman(text)).toBe(false);
    },
  );

  it.each([
    "我的账户被盗了",
    "被盗号了怎么办",
    "账户异常，有人登录",
    "My account was hacked",
    "there was an unauthorized withdrawal",
    "Please freeze my account now",
    "帮我冻结账户",
  ])("takes the urgent lane for a compromised account, before anything else: %s", (text) => {
    expect(isUrgent(text)).toBe(true);
    expect(decideBotReply({ ...base, text: `${text} 转人工`, results: [article("x", 3)] })).toEqual({ kind: "urgent" });
  });

  it("uses the urgent topics' keywords the admin configured", () => {
    // (An unknown device logging in is caught by the built-in families now; a desk-specific word needs the keyword.)
    expect(isUrgent("我的账户触发了风控")).toBe(false);
    expect(isUrgent("我的账户触发了风控", ["风控"])).toBe(true);
    expect(isUrgent("怎么防止账户被盗", ["被盗"])).toBe(false);
  });

  it("answers with the best confident article, and misses below the threshold", () => {
    expect(
      decideBotReply({
        ...base,
        text: "withdrawal fee",
        results: [article("withdrawal-fees", 3.4), article("how-to-withdraw", 2.1)],
      }),
    ).toMatchObject({
      kind: "answer",
      article: { slug: "withdrawal-fees" },
      others: [{ slug: "how-to-withdraw" }],
    });
    expect(decideBotReply({ ...base, text: "blue whale", results: [article("earn", 1.2)] })).toEqual({ kind: "miss" });
  });

  it("hands off after the second answer it could not give", () => {
    expect(decideBotReply({ ...base, text: "blue whale", botMisses: 1 })).toEqual({ kind: "human", reason: "misses" });
  });

  it("recognises the quick reply that says the answer helped", () => {
    expect(decideBotReply({ ...base, text: "This solved it" })).toEqual({ kind: "solved" });
    expect(decideBotReply({ ...base, text: "问题已解决" })).toEqual({ kind: "solved" });
  });

  it("infers the topic from its keywords", () => {
    const topics = [
      { slug: "deposits", keywords: ["充值", "未到账", "deposit"], basePriority: "HIGH" },
      { slug: "trading", keywords: ["合约", "order"], basePriority: "NORMAL" },
    ];
    expect(inferTopic("我的充值一直未到账", topics)?.slug).toBe("deposits");
    expect(inferTopic("my futures order was cancelled", topics)?.slug).toBe("trading");
    expect(inferTopic("hello", topics)).toBeNull();
  });
});
