// Vocabulary for the ticket benchmark: subjects and bodies in English and Chinese, as a crypto exchange's desk
// receives them. Chinese phrases carry their search terms (words + bigrams), computed the way the app does.
import { searchTerms } from "@/lib/tickets/search-document";

export const EN_WORDS = (
  "deposit withdrawal usdt btc eth trc20 erc20 bep20 network address memo tag pending confirmed credited missing " +
  "wallet spot futures margin order cancel filled liquidation funding fee rebate kyc passport selfie verification " +
  "rejected approved 2fa authenticator password login device frozen unlock api key signature whitelist rate limit " +
  "websocket timeout error balance transfer internal p2p merchant bank card refund dispute chargeback statement " +
  "tax report export csv invoice airdrop staking earn savings interest redeem subscription launchpad token listing " +
  "delisted convert swap slippage price chart candle leverage position stop loss take profit trigger mark index " +
  "insurance fund subaccount broker referral commission bonus voucher coupon phishing scam support agent urgent " +
  "stuck hours days yesterday today email sms code expired link reset nickname avatar language notification"
).split(" ");

const ZH_PHRASES = [
  "充值未到账",
  "提现审核中",
  "提币失败",
  "账户被冻结",
  "谷歌验证器丢失",
  "登录异常",
  "陌生设备登录",
  "身份认证失败",
  "护照审核",
  "合约爆仓",
  "强制平仓",
  "资金费率",
  "杠杆借币",
  "现货交易",
  "订单无法撤销",
  "手续费过高",
  "返佣未到账",
  "法币交易",
  "银行卡退款",
  "申诉处理",
  "交易哈希",
  "链上确认",
  "地址标签",
  "内部转账",
  "子账户",
  "接口签名错误",
  "限频问题",
  "白名单设置",
  "理财赎回",
  "空投未发放",
  "活动奖励",
  "优惠券",
  "钓鱼邮件",
  "客服回复慢",
  "邮箱验证码",
  "短信验证码",
  "重置密码",
  "修改手机号",
  "解绑设备",
  "税务报表",
];
export const ZH = ZH_PHRASES.map((phrase) => ({ phrase, terms: searchTerms(phrase).join(" ") }));

/** Queries for the search part: common and rare words, Chinese, an email, a number, a word prefix. */
export function searchQueries(ticketCount: number): { label: string; q: string }[] {
  return [
    { label: "en word", q: "deposit" },
    { label: "en words (2)", q: "usdt withdrawal" },
    { label: "en word (another)", q: "chargeback" },
    { label: "en prefix", q: "liquid" },
    { label: "zh phrase", q: "充值未到账" },
    { label: "zh words", q: "谷歌验证器 丢失" },
    { label: "email", q: `customer${Math.floor(ticketCount / 7)}@example.com` },
    { label: "number", q: `BCN-${100000 + Math.floor(ticketCount / 3)}` },
    { label: "no match", q: "xylophonequartz" },
  ];
}
