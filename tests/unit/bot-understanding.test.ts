import { describe, expect, it } from "vitest";
import { compileGlossary, glossaryHits, parseGlossaryText } from "@/lib/search/glossary";
import { buildBotIndex, rankForBot } from "@/lib/bot/bot-index";
import { detectLanguage } from "@/lib/bot/detect-language";
import { soundsUrgent } from "@/lib/bot/urgency";
import { stemRussian } from "@/lib/search/russian-stem";

describe("the language of a message", () => {
  it.each([
    ["我的提现一直在审核", "en", "zh-CN"],
    ["api key要不要绑定ip", "en", "zh-CN"],
    ["usdt提现", "en", "zh-CN"],
    ["my withdrawal is stuck", "zh-CN", "en"],
    ["2FA", "zh-CN", "zh-CN"],
    ["ok", "en", "en"],
    ["好", "en", "zh-CN"],
    ["не пришёл депозит usdt", "en", "ru"],
    ["вывод завис", "zh-CN", "ru"],
  ] as const)("%s (chat in %s) → %s", (text, chat, expected) => {
    expect(detectLanguage(text, chat)).toBe(expected);
  });
});

describe("urgency by families of phrasing", () => {
  it.each([
    "someone stole my coins",
    "my btc got stolen",
    "my wallet was emptied overnight",
    "all my funds are gone and I did nothing",
    "there is a withdrawal I did not make",
    "login from a new device, wasn't me",
    "somebody changed my email",
    "my phone number was changed",
    "my phone was stolen, google authenticator is on it",
    "lost my phone with the authenticator app, please lock my account",
    "please freeze my account",
    "freeze my account asap",
    "我的币被偷了",
    "资金被盗",
    "账户里的u全没了",
    "有一笔提币不是我操作的",
    "我的邮箱被人改了",
    "谷歌验证被别人解绑了",
    "手机被偷了",
    "手机丢了上面有谷歌验证",
    "快帮我冻结账户",
    "有人登录了我的账号",
    "a withdrawal to an address I don't know just went out",
    "funds were transferred to an unknown wallet",
    "刚刚有一笔提币到陌生地址",
    "у меня украли все монеты",
    "с баланса пропали все деньги",
    "кто-то вывел мои usdt",
    "пришло письмо о выводе 0.5 btc, я ничего не выводил",
    "почту в аккаунте поменяли не я",
    "кто то отключил 2fa",
    "украли телефон, там гугл аутентификатор",
    "срочно заблокируйте мой аккаунт",
    "акк взломали что делать",
    "вход с неизвестного устройства",
  ])("urgent: %s", (text) => expect(soundsUrgent(text)).toBe(true));

  it.each([
    "how do I keep my account from being hacked",
    "how to prevent my coins from being stolen",
    "how do i stop hackers getting into my account",
    "怎么防止账号被盗",
    "如何保护账户不被盗",
    "my deposit is missing",
    "sent usdt on the wrong network, are my coins lost?",
    "充值的币还没到账",
    "I changed my email and now I can't withdraw",
    "改了手机号之后提不了币",
    "как защитить аккаунт от взлома",
    "как сделать чтобы аккаунт не взломали",
    "депозит usdt не пришел",
    "скинул тезер с другой биржи а на балансе пусто",
    "я сменил номер телефона, теперь вывод заблокирован",
    "how do I unfreeze my account",
    "请问冻结账户后怎么解冻",
    "有人知道提现要多久吗",
    "my withdrawal is pending and I don't know why",
    "sent btc but i didn't receive it yet",
    "api returns 401 unauthorized",
    "getting a new phone, how do I move my authenticator",
    "how do I withdraw to an address I don't know the network of",
  ])("not urgent: %s", (text) => expect(soundsUrgent(text)).toBe(false));
});

describe("the glossary", () => {
  it("parses one group per line and finds the groups a text mentions, in either language", () => {
    const groups = parseGlossaryText("提币, 提现, withdraw, cash out\n币 / coin\nlonely");
    expect(groups).toEqual([
      ["提币", "提现", "withdraw", "cash out"],
      ["币", "coin"],
    ]);
    const glossary = compileGlossary(groups.map((terms, i) => ({ id: String(i), terms })));
    expect(glossaryHits(glossary, "how do I cash out").map((h) => h.id)).toEqual(["0"]);
    expect(glossaryHits(glossary, "我要提现").map((h) => h.id)).toEqual(["0"]);
    expect(glossaryHits(glossary, "withdrawing coins").map((h) => h.id)).toEqual(["0", "1"]);
    expect(glossaryHits(glossary, "cashout").map((h) => h.id)).toEqual(["0"]);
    expect(glossaryHits(glossary, "cashier")).toEqual([]);
    const passwords = compileGlossary([
      { id: "login", terms: ["password", "login password"] },
      { id: "fund", terms: ["fund password", "trading password"] },
    ]);
    expect(glossaryHits(passwords, "forgot my fund password").map((h) => h.id)).toEqual(["fund"]);
    expect(glossaryHits(passwords, "forgot my password").map((h) => h.id)).toEqual(["login"]);
  });
});

describe("Russian words in any of their forms", () => {
  it("stems as PostgreSQL's russian configuration does", () => {
    expect(["вывод", "вывода", "выводом"].map(stemRussian)).toEqual(["вывод", "вывод", "вывод"]);
    expect(["верификация", "верификацию", "верификации"].map(stemRussian)).toEqual(Array(3).fill("верификац"));
    expect(stemRussian("пришёл")).toBe("пришел");
  });

  it("matches a glossary term whatever its ending, with a word between its words, but not inside other words", () => {
    const glossary = compileGlossary([
      { id: "withdraw", terms: ["withdraw", "вывод средств"] },
      { id: "delete", terms: ["delete account", "удалить аккаунт"] },
      { id: "loan", terms: ["borrow", "заем"] },
    ]);
    const ids = (text: string) => glossaryHits(glossary, text).map((hit) => hit.id);
    expect(ids("сколько ждать вывода средств?")).toEqual(["withdraw"]);
    expect(ids("удалите мой аккаунт пожалуйста")).toEqual(["delete"]);
    expect(ids("зачем мне это")).toEqual([]); // "заем" is too short to stem: "за…" is not a loan
    expect(ids("возьму заем")).toEqual(["loan"]);
  });
});

describe("the bot's ranking", () => {
  const glossary = compileGlossary([{ id: "w", terms: ["提币", "提现", "withdraw", "cash out"] }]);
  const articles = [
    {
      slug: "how-to-withdraw",
      title: "How to withdraw crypto",
      questions: ["send coins to another wallet"],
      body: "Open Assets, choose Withdraw.",
    },
    {
      slug: "withdrawal-fees",
      title: "Withdrawal fees",
      questions: ["how much does a withdrawal cost"],
      body: "Each network charges a fee.",
    },
    { slug: "kyc", title: "Identity verification", questions: ["verify my identity"], body: "Upload your passport." },
    { slug: "how-to-withdraw", title: "如何提币", questions: ["怎么把币转出去"], body: "打开资产页，点击提币。" },
    { slug: "withdrawal-fees", title: "提币手续费", questions: ["提币要多少钱"], body: "每个网络收取手续费。" },
  ].map((a, i) => ({ ...a, locale: i < 3 ? ("en" as const) : ("zh-CN" as const) }));
  const index = buildBotIndex(articles, glossary);

  it("finds the article by a synonym the article never uses, and by its customer questions", () => {
    expect(rankForBot(index, "how do I cash out", "en")[0].slug).toBe("how-to-withdraw");
    expect(rankForBot(index, "how much is the cost", "en")[0].slug).toBe("withdrawal-fees");
    expect(rankForBot(index, "提现怎么操作", "zh-CN")[0].slug).toBe("how-to-withdraw");
    expect(rankForBot(index, "提现手续费", "zh-CN")[0].slug).toBe("withdrawal-fees");
  });

  it("forgives a typo and scores nothing for an unrelated message", () => {
    expect(rankForBot(index, "verfiy my identty", "en")[0]?.slug).toBe("kyc");
    expect(rankForBot(index, "blue whale", "en")).toEqual([]);
  });
});
