import type { SeedCategory } from "./types";

export const categories: SeedCategory[] = [
  {
    slug: "getting-started",
    name: { "zh-CN": "新手入门", en: "Getting started", ru: "Начало работы" },
    description: {
      "zh-CN": "注册账户、完成首次充值、了解 VIP 等级以及如何联系客服。",
      en: "Create an account, make your first deposit, learn about VIP levels and how to reach support.",
      ru: "Создание аккаунта, первое пополнение, уровни VIP и как связаться с поддержкой.",
    },
    icon: "rocket",
    sortOrder: 1,
  },
  {
    slug: "account-security",
    name: { "zh-CN": "账户与安全", en: "Account & security", ru: "Аккаунт и безопасность" },
    description: {
      "zh-CN": "密码、谷歌验证器、防钓鱼码、登录设备管理，以及账户异常时的紧急处理。",
      en: "Passwords, Google Authenticator, anti-phishing code, login devices and what to do if your account is at risk.",
      ru: "Пароли, Google Authenticator, антифишинговый код, устройства входа и срочные действия при подозрительной активности.",
    },
    icon: "shield",
    sortOrder: 2,
  },
  {
    slug: "kyc",
    name: { "zh-CN": "身份认证 KYC", en: "Identity verification (KYC)", ru: "Верификация личности (KYC)" },
    description: {
      "zh-CN": "认证等级与额度、所需证件、审核时间、认证失败原因及信息更新。",
      en: "Verification levels and limits, accepted documents, review times, failed verifications and updates.",
      ru: "Уровни верификации и лимиты, нужные документы, сроки проверки, причины отказа и обновление данных.",
    },
    icon: "id-card",
    sortOrder: 3,
  },
  {
    slug: "deposits-withdrawals",
    name: { "zh-CN": "充值与提现", en: "Deposits & withdrawals", ru: "Пополнения и выводы" },
    description: {
      "zh-CN": "充值未到账、网络选择、Memo/Tag、提现手续费与额度、法币与 P2P 交易。",
      en: "Missing deposits, choosing a network, memos and tags, withdrawal fees and limits, fiat and P2P.",
      ru: "Незачисленные пополнения, выбор сети, Memo/Tag, комиссии и лимиты на вывод, фиат и P2P.",
    },
    icon: "wallet",
    sortOrder: 4,
  },
  {
    slug: "trading",
    name: {
      "zh-CN": "交易：现货、杠杆、合约",
      en: "Trading: spot, margin & futures",
      ru: "Торговля: спот, маржа и фьючерсы",
    },
    description: {
      "zh-CN": "订单类型、杠杆与永续合约、强平机制、资金费率、手续费及订单未成交的原因。",
      en: "Order types, margin and perpetual futures, liquidation, funding rates, fees and unfilled orders.",
      ru: "Типы ордеров, маржа и бессрочные фьючерсы, ликвидация, ставки финансирования, комиссии и неисполненные ордера.",
    },
    icon: "candlestick-chart",
    sortOrder: 5,
  },
  {
    slug: "api",
    name: { "zh-CN": "API", en: "API", ru: "API" },
    description: {
      "zh-CN": "创建和管理 API Key、权限与 IP 白名单、访问频率限制、签名与常见错误码。",
      en: "Create and manage API keys, permissions and IP whitelists, rate limits, signing and error codes.",
      ru: "Создание и управление API-ключами, права и белые списки IP, лимиты запросов, подписи и коды ошибок.",
    },
    icon: "code",
    sortOrder: 6,
  },
  {
    slug: "earn",
    name: { "zh-CN": "理财 / Earn", en: "Earn", ru: "Earn (доход)" },
    description: {
      "zh-CN": "活期与定期理财、质押、收益计算、赎回时间以及产品风险。",
      en: "Flexible and fixed savings, staking, how rewards are calculated, redemption times and risks.",
      ru: "Гибкие и срочные сбережения, стейкинг, расчёт дохода, сроки погашения и риски.",
    },
    icon: "piggy-bank",
    sortOrder: 7,
  },
  {
    slug: "privacy",
    name: { "zh-CN": "隐私与数据", en: "Privacy & data", ru: "Конфиденциальность и данные" },
    description: {
      "zh-CN": "我们收集哪些数据、如何申请查阅或导出数据、注销账户以及 Cookie 使用说明。",
      en: "What data we collect, how to request or export it, closing your account and how we use cookies.",
      ru: "Какие данные мы собираем, как запросить или выгрузить их, закрытие аккаунта и использование cookie.",
    },
    icon: "lock",
    sortOrder: 8,
  },
];
