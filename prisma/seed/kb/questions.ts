// What customers ask when an article is the answer, per language (stored per translation; admins edit them in the
// article editor). Written as customers write: short, colloquial, the words they use rather than the article's.
export const articleQuestions: Record<string, { en: string[]; zh: string[] }> = {
  "create-account": {
    en: [
      "how do I register",
      "how to open an account",
      "create a new account",
      "verification email for sign up not received",
      "can't finish registration",
    ],
    zh: ["怎么注册", "如何开户", "新用户怎么创建账号", "注册验证码收不到", "注册不了怎么回事"],
  },
  "first-deposit": {
    en: [
      "how do I deposit crypto",
      "where is my deposit address",
      "how to fund my account",
      "first time adding money to the account",
    ],
    zh: ["怎么充值", "充币地址在哪", "第一次怎么充币", "怎么往账户里充钱"],
  },
  "vip-levels": {
    en: ["how do vip levels work", "how to become vip", "what are the vip benefits", "how is my vip tier calculated"],
    zh: ["vip等级怎么算", "怎么成为vip", "vip有什么权益", "vip怎么升级"],
  },
  "contact-support": {
    en: [
      "how can I reach customer support",
      "support email address",
      "how do I open a ticket",
      "what are your support hours",
    ],
    zh: ["怎么联系客服", "客服邮箱是多少", "怎么提交工单", "客服几点上班"],
  },
  "funding-and-trading-accounts": {
    en: [
      "how to transfer between accounts",
      "move funds from funding account to trading account",
      "difference between funding and spot account",
      "balance is in the wrong account",
    ],
    zh: [
      "资金账户和交易账户的区别",
      "怎么划转",
      "币在资金账户里不能交易",
      "怎么把币转到币币账户",
      "币怎么转到合约账户",
    ],
  },
  "enable-2fa": {
    en: [
      "how to turn on two factor authentication",
      "set up google authenticator",
      "enable 2fa",
      "bind authenticator app",
    ],
    zh: ["怎么开启谷歌验证", "绑定身份验证器", "开启两步验证", "设置2fa"],
  },
  "reset-login-password": {
    en: ["I forgot my password", "reset my login password", "can't log in, wrong password", "password reset email"],
    zh: ["忘记登录密码", "重置登录密码", "密码错误登录不了", "找回密码"],
  },
  "recover-trading-password": {
    en: ["forgot trading password", "reset fund password", "what is the trading password", "change my fund pin"],
    zh: ["忘记交易密码", "重置资金密码", "资金密码是什么", "修改交易密码"],
  },
  "account-compromised": {
    en: [
      "how to secure my account",
      "what to do if my account is hacked",
      "how to protect my account from hackers",
      "account security checklist",
    ],
    zh: ["账户安全怎么加强", "账户被盗了怎么办", "怎么保护账户安全", "账户安全设置建议"],
  },
  "anti-phishing-code": {
    en: [
      "set anti phishing code",
      "how to recognise phishing emails",
      "is this email from beacon real",
      "fake emails pretending to be you",
    ],
    zh: ["设置防钓鱼码", "怎么识别钓鱼邮件", "收到的邮件是真的吗", "假冒官方的邮件"],
  },
  "lost-2fa-device": {
    en: [
      "lost access to google authenticator",
      "changed phones and lost my 2fa",
      "reset 2fa",
      "can't get my authenticator codes anymore",
    ],
    zh: ["谷歌验证器丢了", "换手机后谷歌验证怎么办", "重置谷歌验证", "验证码收不到了没法登录"],
  },
  "manage-login-devices": {
    en: [
      "see my login history",
      "remove a logged in device",
      "sign out of other devices",
      "which devices have access to my account",
    ],
    zh: ["查看登录记录", "删除登录设备", "退出其他设备", "查看登录设备"],
  },
  "freeze-account": {
    en: ["how to freeze my account", "how to unlock my account", "account is frozen", "lift a freeze on my account"],
    zh: ["怎么冻结账户", "账户怎么解冻", "账号被冻结了", "解除冻结"],
  },
  "security-change-withdrawal-lock": {
    en: [
      "can't withdraw after changing password",
      "withdrawals disabled for 24 hours after security change",
      "withdrawal restricted after resetting 2fa",
      "why are withdrawals suspended after I changed my email",
    ],
    zh: ["改密码后不能提币", "修改安全设置后提现限制", "重置谷歌验证后24小时不能提现", "换绑邮箱后提币受限"],
  },
  "how-to-complete-kyc": {
    en: ["how to do identity verification", "complete kyc", "verify my account", "where do I upload my id"],
    zh: ["怎么做身份认证", "完成kyc", "实名认证流程", "在哪上传证件"],
  },
  "kyc-levels-and-limits": {
    en: [
      "what are the verification levels",
      "limits without kyc",
      "what does advanced verification unlock",
      "basic vs advanced verification",
    ],
    zh: ["认证等级有哪些", "不认证有什么限制", "高级认证有什么用", "认证等级对应的额度"],
  },
  "kyc-accepted-documents": {
    en: [
      "what id can I use",
      "accepted documents for kyc",
      "is a passport accepted",
      "can I verify with a residence permit",
    ],
    zh: ["支持哪些证件", "能用护照吗", "认证需要什么证件", "居留证可以认证吗", "哪些证件可以实名"],
  },
  "kyc-verification-failed": {
    en: [
      "why was my verification rejected",
      "kyc failed",
      "face verification not working",
      "my document photo was not accepted",
    ],
    zh: ["认证失败原因", "kyc被拒", "人脸认证通不过", "证件照片不合格"],
  },
  "kyc-review-time": {
    en: [
      "how long is the kyc review",
      "verification still pending",
      "when will my verification be approved",
      "kyc taking too long",
    ],
    zh: ["认证审核多久", "认证一直在审核", "什么时候能审核通过", "kyc审核太慢了"],
  },
  "update-kyc-information": {
    en: ["change my kyc details", "update my id document", "correct my name on verification", "update my address"],
    zh: ["修改认证信息", "更新证件", "认证名字写错了", "更新地址信息"],
  },
  "missing-deposit": {
    en: [
      "deposit not received",
      "my crypto hasn't arrived",
      "transfer not credited",
      "deposit is confirmed on the blockchain but not in my balance",
    ],
    zh: ["充值没到账", "充币一直不到", "转账没有到账", "区块链上确认了但余额没有"],
  },
  "choose-network": {
    en: [
      "which network should I use",
      "erc20 vs trc20",
      "what chain to choose for withdrawal",
      "which blockchain for usdt",
    ],
    zh: ["选哪个网络", "erc20和trc20有什么区别", "提币选什么链", "usdt走哪个链"],
  },
  "missing-memo-tag": {
    en: ["forgot memo", "deposit without tag", "what is a memo or tag", "missing destination tag"],
    zh: ["忘记填memo", "没填标签", "memo是什么", "充值没写备注"],
  },
  "wrong-network-deposit": {
    en: [
      "deposited on the wrong network",
      "sent to the wrong chain",
      "deposited an unsupported token",
      "recover coins sent on wrong network",
    ],
    zh: ["充错网络", "转错链了", "充了不支持的币", "充错了能找回吗"],
  },
  "how-to-withdraw": {
    en: [
      "how to withdraw",
      "send crypto to an external wallet",
      "transfer coins off the exchange",
      "withdraw to my own wallet address",
    ],
    zh: ["怎么提币", "怎么提现", "把币转出去", "提到自己的钱包地址"],
  },
  "withdrawal-fees": {
    en: [
      "withdrawal fee",
      "how much is the fee to withdraw",
      "why was so much deducted when I withdrew",
      "network fee for withdrawals",
    ],
    zh: ["提现手续费", "提币要多少钱", "提币扣的费用", "网络手续费多少"],
  },
  "withdrawal-pending": {
    en: [
      "withdrawal stuck",
      "withdrawal under review",
      "my withdrawal is still processing",
      "why hasn't my withdrawal gone through",
      "how long does a withdrawal take",
    ],
    zh: ["提现卡住了", "提币审核中", "提现一直处理中", "提币为什么还没出来", "提现要多久到"],
  },
  "withdrawal-limits": {
    en: ["withdrawal limit", "maximum I can withdraw", "increase my withdrawal limit", "daily withdrawal cap"],
    zh: ["提现额度", "最多能提多少", "提高提币额度", "每天提现上限"],
  },
  "fiat-and-p2p-basics": {
    en: ["how to buy crypto with fiat", "how does p2p trading work", "buy usdt with card", "sell crypto for cash"],
    zh: ["怎么用法币买币", "p2p交易怎么用", "怎么买usdt", "怎么卖币换钱"],
  },
  "spot-trading-basics": {
    en: ["how to trade spot", "how to buy a coin", "how do I sell my crypto", "place a trade"],
    zh: ["现货怎么交易", "怎么买币", "怎么卖币", "怎么下单买入"],
  },
  "order-types": {
    en: ["limit vs market order", "what is a stop loss", "how do I set take profit", "types of orders"],
    zh: ["限价和市价的区别", "止损单是什么", "怎么设置止盈", "有哪些订单类型"],
  },
  "margin-trading-basics": {
    en: [
      "how does margin trading work",
      "borrow funds to trade",
      "how to repay a margin loan",
      "cross vs isolated margin",
    ],
    zh: ["杠杆交易怎么用", "怎么借币交易", "怎么还借款", "全仓逐仓区别"],
  },
  "perpetual-futures-basics": {
    en: [
      "how do futures work",
      "what is a perpetual contract",
      "how to open a long or short",
      "how to use leverage on futures",
    ],
    zh: ["永续合约怎么玩", "合约是什么", "怎么开多开空", "合约杠杆怎么设置"],
  },
  liquidation: {
    en: [
      "why was I liquidated",
      "how to avoid liquidation",
      "what is liquidation price",
      "position was force closed",
      "what happens when my margin runs low",
    ],
    zh: ["为什么爆仓", "怎么避免强平", "强平价格怎么算", "仓位被强制平仓"],
  },
  "funding-rate": {
    en: [
      "what is the funding fee",
      "how is funding rate calculated",
      "why was funding deducted",
      "when is funding paid",
    ],
    zh: ["资金费率是什么", "资金费怎么算", "为什么扣资金费", "资金费什么时候收"],
  },
  "trading-fees": {
    en: ["what are the trading fees", "maker and taker fees", "how to lower my trading fee", "fee discount for vip"],
    zh: ["交易手续费多少", "挂单和吃单费率", "怎么降低手续费", "vip手续费优惠"],
  },
  "order-not-filled": {
    en: ["why is my order not filled", "order not executed", "limit order still open", "my order hasn't gone through"],
    zh: ["订单不成交", "挂单没成交", "委托一直挂着", "为什么买不进去"],
  },
  "create-api-key": {
    en: ["how to create an api key", "generate api key", "api key permissions", "delete an api key"],
    zh: ["怎么创建api", "生成api key", "api权限设置", "删除api key"],
  },
  "api-authentication": {
    en: [
      "how to sign api requests",
      "invalid signature error",
      "api hmac signing",
      "authentication header for the api",
    ],
    zh: ["api怎么签名", "签名错误", "接口签名方法", "api鉴权"],
  },
  "api-rate-limits": {
    en: ["api rate limit", "too many requests error", "how many requests per second", "api request weight"],
    zh: ["api频率限制", "请求太多被限流", "每秒能请求多少次", "接口限频"],
  },
  "api-key-security": {
    en: ["keep my api key safe", "ip whitelist for api key", "api key leaked", "api key best practices"],
    zh: ["api key安全", "api绑定ip白名单", "api key泄露了", "api安全建议"],
  },
  "api-error-codes": {
    en: ["api error code meaning", "what does this api error mean", "api returns an error", "timestamp error on api"],
    zh: ["api错误码", "接口报错什么意思", "接口返回错误", "时间戳错误"],
  },
  "flexible-savings": {
    en: ["what is flexible savings", "fixed vs flexible savings", "earn interest on my usdt", "savings products"],
    zh: ["活期理财是什么", "活期和定期区别", "存币生息", "理财产品有哪些"],
  },
  staking: {
    en: ["how does staking work", "stake my eth", "staking rewards", "what is staking"],
    zh: ["质押怎么操作", "质押eth", "质押收益", "什么是staking"],
  },
  "earn-rewards-calculation": {
    en: ["how are earn rewards calculated", "when is interest paid", "apr on savings", "where do I see my earnings"],
    zh: ["理财收益怎么算", "利息什么时候发", "年化收益率", "在哪看收益"],
  },
  "earn-redemption-times": {
    en: [
      "how long does redemption take",
      "redeem my savings",
      "when do I get my money back from earn",
      "unstake how long",
    ],
    zh: ["赎回要多久", "理财怎么赎回", "赎回什么时候到账", "解除质押多久"],
  },
  "earn-risks": {
    en: ["is earn risky", "are savings products safe", "can I lose my principal", "risks of staking"],
    zh: ["理财有风险吗", "理财安全吗", "会不会亏本金", "质押有什么风险"],
  },
  "data-we-collect": {
    en: [
      "what personal data do you collect",
      "privacy policy",
      "what do you do with my data",
      "do you share my information",
    ],
    zh: ["你们收集哪些个人信息", "隐私政策", "我的数据怎么用", "会不会泄露我的信息"],
  },
  "data-requests": {
    en: ["download my data", "request my personal data", "export my account data", "gdpr data request"],
    zh: ["导出个人数据", "查阅我的数据", "下载账户数据", "申请个人信息副本"],
  },
  "delete-account": {
    en: ["delete my account", "close account", "how to cancel my account", "remove my account permanently"],
    zh: ["注销账户", "删除账号", "怎么销户", "永久关闭账号"],
  },
  cookies: {
    en: ["cookie settings", "what cookies do you use", "disable cookies", "manage cookie preferences"],
    zh: ["cookie设置", "你们用了哪些cookie", "关闭cookie", "cookie偏好"],
  },
};
