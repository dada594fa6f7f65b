import type { Priority } from "../../lib/db/generated/enums";

/** Every demo account uses this password; it is printed at start-up next to the logins. */
export const DEMO_PASSWORD = "beacon-demo";

export const teams = [
  { slug: "general", name: { "zh-CN": "综合支持", en: "General support", ru: "Общая поддержка" } },
  { slug: "account-security", name: { "zh-CN": "账户安全", en: "Account security", ru: "Безопасность аккаунта" } },
  {
    slug: "deposits-withdrawals",
    name: { "zh-CN": "充值与提现", en: "Deposits & withdrawals", ru: "Пополнения и выводы" },
  },
  { slug: "trading", name: { "zh-CN": "交易", en: "Trading", ru: "Торговля" } },
  { slug: "api", name: { "zh-CN": "API", en: "API", ru: "API" } },
  { slug: "kyc", name: { "zh-CN": "身份认证", en: "KYC", ru: "Верификация (KYC)" } },
];

export const topics: {
  slug: string;
  name: Record<string, string>;
  team: string;
  basePriority: Priority;
  keywords: string[];
}[] = [
  {
    slug: "account-compromised",
    name: { "zh-CN": "账户被盗 / 异常", en: "Account compromised", ru: "Аккаунт взломан" },
    team: "account-security",
    basePriority: "URGENT",
    keywords: [
      "被盗",
      "盗号",
      "账户异常",
      "异常登录",
      "陌生设备",
      "冻结账户",
      "hacked",
      "compromised",
      "unauthorized",
      "stolen",
      "freeze my account",
    ],
  },
  {
    slug: "login-2fa",
    name: { "zh-CN": "登录、密码与两步验证", en: "Login, password & 2FA", ru: "Вход, пароль и 2FA" },
    team: "account-security",
    basePriority: "HIGH",
    keywords: ["密码", "登录", "谷歌验证", "两步验证", "2FA", "password", "login", "authenticator"],
  },
  {
    slug: "deposits",
    name: { "zh-CN": "充值未到账", en: "Deposits", ru: "Пополнения" },
    team: "deposits-withdrawals",
    basePriority: "HIGH",
    keywords: ["充值", "未到账", "充币", "deposit", "not arrived", "memo", "tag"],
  },
  {
    slug: "withdrawals",
    name: { "zh-CN": "提现", en: "Withdrawals", ru: "Выводы" },
    team: "deposits-withdrawals",
    basePriority: "HIGH",
    keywords: ["提现", "提币", "手续费", "withdraw", "withdrawal", "fee", "network"],
  },
  {
    slug: "trading",
    name: { "zh-CN": "现货、杠杆与合约", en: "Spot, margin & futures", ru: "Спот, маржа и фьючерсы" },
    team: "trading",
    basePriority: "NORMAL",
    keywords: ["合约", "爆仓", "强平", "杠杆", "现货", "资金费率", "futures", "liquidation", "margin", "spot", "order"],
  },
  {
    slug: "api",
    name: { "zh-CN": "API", en: "API", ru: "API" },
    team: "api",
    basePriority: "NORMAL",
    keywords: ["API", "密钥", "限频", "api key", "rate limit", "signature"],
  },
  {
    slug: "kyc",
    name: { "zh-CN": "身份认证 (KYC)", en: "Identity verification (KYC)", ru: "Верификация личности (KYC)" },
    team: "kyc",
    basePriority: "NORMAL",
    keywords: ["认证", "实名", "KYC", "身份证", "护照", "verification", "passport", "identity"],
  },
  {
    slug: "other",
    name: { "zh-CN": "其他问题", en: "Something else", ru: "Другой вопрос" },
    team: "general",
    basePriority: "NORMAL",
    keywords: [],
  },
];

export const admins = [{ email: "admin@beacon.test", name: "Ada Admin", locale: "en" }];

export const agents = [
  { email: "agent@beacon.test", name: "王芳", locale: "zh-CN", teams: ["general", "kyc"], maxConcurrentChats: 4 },
  {
    email: "security@beacon.test",
    name: "张伟",
    locale: "zh-CN",
    teams: ["account-security", "general"],
    maxConcurrentChats: 3,
  },
  {
    email: "payments@beacon.test",
    name: "李娜",
    locale: "zh-CN",
    teams: ["deposits-withdrawals", "general"],
    maxConcurrentChats: 4,
  },
  { email: "trading@beacon.test", name: "陈杰", locale: "zh-CN", teams: ["trading"], maxConcurrentChats: 4 },
  { email: "api@beacon.test", name: "Sam Carter", locale: "en", teams: ["api", "trading"], maxConcurrentChats: 5 },
  {
    email: "kyc@beacon.test",
    name: "刘洋",
    locale: "zh-CN",
    teams: ["kyc", "account-security"],
    maxConcurrentChats: 4,
  },
];

export const customers = [
  { email: "alice@example.com", name: "Alice Chen", locale: "en", vipLevel: 0 },
  { email: "xiaoming@example.com", name: "李小明", locale: "zh-CN", vipLevel: 1 },
  { email: "bob@example.com", name: "Bob Martin", locale: "en", vipLevel: 3 },
  { email: "vip@example.com", name: "赵敏 (VIP 5)", locale: "zh-CN", vipLevel: 5 },
];

export const slaPolicies: { priority: Priority; firstResponseMinutes: number; resolutionMinutes: number }[] = [
  { priority: "URGENT", firstResponseMinutes: 5, resolutionMinutes: 4 * 60 },
  { priority: "HIGH", firstResponseMinutes: 30, resolutionMinutes: 8 * 60 },
  { priority: "NORMAL", firstResponseMinutes: 2 * 60, resolutionMinutes: 24 * 60 },
  { priority: "LOW", firstResponseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
];
