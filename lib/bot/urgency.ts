// Urgency by families of phrasing, not a list of exact phrases: a theft or takeover is written a hundred ways.
// Each family is a pattern over the normalised message; "incident" families (something already happened) win over
// prevention wording, the generic "hacked / 被盗" family does not ("how do I keep my account from being hacked").

const EN_ASSETS = String.raw`(?:coins?|funds?|money|balance|assets?|crypto|btc|bitcoin|eth|usdt|tokens?|holdings|savings|everything|wallet)`;
const EN_NOT_ME = String.raw`(?:(?:i|we)\s+(?:did\s*n[o']?t|didnt|never|did\s+not)\s+(?:make|do|did|authori[sz]e|request|initiate|approve|place|send|withdraw|log|sign|open|trade|sell|buy|allow)\w*|(?:i|we)\s+(?:don'?t|do\s+not)\s+recogni[sz]e|was\s*n[o']?t\s+me|wasnt\s+me|\bnot\s+me\b|not\s+(?:made\s+|done\s+|initiated\s+|requested\s+)?by\s+me|without\s+my\s+(?:permission|consent|knowledge)|unauthori[sz]ed|not\s+authori[sz]ed)`;
const EN_ACTION = String.raw`(?:withdraw\w*|log\s*-?in\w*|logged\s+in|sign(?:ed)?\s*-?in|transfer\w*|transaction\w*|trades?|orders?|sold|sent|payments?|access\w*)`;
const EN_SECURITY = String.raw`(?:e-?mail|phone(?:\s+number)?|number|2fa|two[-\s]factor|authenticator|google\s+auth\w*|password|security\s+settings?)`;

const EN_INCIDENT: RegExp[] = [
  new RegExp(String.raw`\b(?:stole|stolen|steal\w*|theft|thie(?:f|ves)|robbed|drained|emptied|wiped\s+out)\b`),
  new RegExp(String.raw`\b${EN_ACTION}\b[^.!?]{0,60}${EN_NOT_ME}`),
  new RegExp(String.raw`${EN_NOT_ME}[^.!?]{0,40}\b${EN_ACTION}\b`),
  new RegExp(
    String.raw`\b(?:someone|somebody|hackers?|scammers?|attackers?|a\s+stranger)(?:\s+else)?\s+(?:has\s+|had\s+|just\s+|must\s+have\s+|might\s+have\s+|may\s+have\s+|is\s+)?(?:changed|reset|removed|disabled|turned\s+off|withdrew|withdrawn|accessed|logged|log|took|taken|stole|got\s+into|gotten\s+into|has\s+my|have\s+my|knows?\s+my|using\s+my|used\s+my|hacked|into\s+my)\b`,
  ),
  new RegExp(
    String.raw`\b${EN_SECURITY}\b[^.!?]{0,30}\b(?:was|were|got|has\s+been|have\s+been)\s+(?:changed|reset|removed|disabled|turned\s+off)\b`,
  ),
  // Money sent where the customer never sends it: "a withdrawal to an address I don't know" (not a how-to question).
  new RegExp(
    String.raw`^(?!\s*(?:how|can\s+i|what|where|should|is\s+it)\b)[\s\S]*?\b(?:withdraw\w*|sent|transfer\w*)\b[^.!?]{0,40}\b(?:(?:unknown|strange|unfamiliar|random|foreign)\s+(?:address|wallet)|(?:address|wallet)\s+(?:that\s+)?(?:i|we)\s+(?:don'?t|dont|do\s+not|never)\s+(?:know|recogni[sz]e|use|own))`,
  ),
  new RegExp(String.raw`\b(?:phone|mobile|device|cell)\b[^.!?]{0,30}\b(?:stolen|got\s+stolen|was\s+stolen|robbed)\b`),
  new RegExp(
    String.raw`\b(?:stolen|lost)\s+(?:my\s+)?(?:phone|mobile|cell)\b[^.!?]*\b(?:authenticator|2fa|google\s+auth\w*|app)\b`,
  ),
  new RegExp(String.raw`\blost\s+(?:my\s+)?(?:phone|mobile|cell)\b[^.!?]{0,60}\b(?:lock|freeze|block)\b`),
  new RegExp(
    String.raw`\b(?:phone|mobile|cell)\b[^.!?]{0,40}\b(?:authenticator|2fa|google\s+auth\w*)\b[^.!?]{0,40}\b(?:lost|stolen)\b`,
  ),
  new RegExp(
    String.raw`\b(?:please|pls|plz|asap|now|urgent\w*|immediately|right\s+away)\b[^.!?]{0,30}\b(?:freeze|lock|block|suspend|disable)\s+(?:my\s+|the\s+)?account\b`,
  ),
  new RegExp(
    String.raw`^(?:please\s+|pls\s+|plz\s+)?(?:freeze|lock|block|suspend)\s+(?:my\s+|the\s+)?account\b(?!\s+(?:myself|temporarily))`,
  ),
  new RegExp(
    String.raw`\b(?:freeze|lock|block|suspend)\s+(?:my\s+|the\s+)?account\b[^.!?]{0,30}\b(?:asap|now|immediately|please|urgent\w*|right\s+away)\b`,
  ),
];
// Money gone from the account — but not a deposit still on its way or sent to the wrong chain (their own articles).
const EN_GONE = [
  new RegExp(String.raw`\b${EN_ASSETS}\b[^.!?]{0,40}\b(?:gone|missing|disappeared|vanished|taken|lost|empty|zero)\b`),
  new RegExp(String.raw`\b(?:lost|missing)\s+(?:all\s+)?(?:my\s+)?${EN_ASSETS}\b`),
];
const EN_IN_TRANSIT =
  /\b(?:deposit\w*|sent|send|sending|transferr?ed\s+(?:in|to\s+(?:you|beacon|my\s+account))|arriv\w*|wrong\s+(?:chain|network|address)|memo|tag)\b/;
const EN_GENERIC = /\b(?:hack\w*|compromised|hijack\w*|taken\s+over|breach\w*)\b/;
const EN_PREVENTION =
  /\b(?:prevent\w*|avoid\w*|protect\w*|stop\s+(?:hackers?|scammers?|someone|people|anyone|them)|keep\b[^.!?]{0,40}\bfrom|secur(?:e|ity)\s+tips|tips|safer|best\s+practices?|how\s+(?:do|can|to)\b[^.!?]{0,30}\b(?:not|never)\b|in\s+case)\b/;

const ZH_ASSETS = "(?:币|资产|资金|余额|钱|(?<![a-z])u(?![a-z])|usdt|btc|eth|账户里|账号里|仓位)";
const ZH_NOT_ME =
  "(?:不是我|非本人|不是本人|我没有?(?:操作|提|登录|登陆|授权|同意|交易|转|买|卖)|没经过我|未经(?:我)?(?:授权|同意|允许)|未授权|没授权|陌生|不认识)";
const ZH_ACTION =
  "(?:提现|提币|提款|登录|登陆|转账|转出|交易|下单|记录|设备|操作|划转|卖出|买入|改|换绑|解绑|重置|关闭)";
const ZH_SECURITY = "(?:邮箱|手机号?|电话|谷歌验证器?|身份验证器?|验证器|2fa|密码|安全设置|绑定)";

const ZH_INCIDENT: RegExp[] = [
  /(?:被偷|偷了|偷走|被盗(?!码)|盗了|盗走|被黑|黑了我|黑客|被洗|被转走|被提走|被人提|被清空|清空了)/,
  new RegExp(`${ZH_ACTION}.{0,16}${ZH_NOT_ME}`),
  new RegExp(`${ZH_NOT_ME}.{0,16}${ZH_ACTION}`),
  /(?:被人|被别人|别人|陌生人|黑客).{0,8}(?:改|修改|换绑|解绑|重置|关闭|登录|登陆|登了|进了|提|转|盗)/,
  /有人.{0,6}(?:盗|改了|修改了|换绑|解绑|重置了|登录了|登陆了|登了|进了|提走|转走|动了|用了我)/,
  new RegExp(`${ZH_SECURITY}.{0,6}被(?:人|别人)?.{0,2}(?:改|修改|换绑|解绑|重置|关闭)`),
  /手机.{0,4}(?:被偷|被盗|被抢|偷了|丢了|丢失|掉了|不见了).{0,20}(?:谷歌|验证器|身份验证|2fa|令牌|冻结)/,
  /(?:谷歌|验证器|身份验证|2fa).{0,16}手机.{0,4}(?:被偷|被盗|被抢|偷了|丢了|丢失|掉了)/,
  /手机.{0,4}(?:被偷|被盗|被抢|偷了)/,
  /(?:帮我|请(?!问)|快|马上|立即|立刻|赶紧|赶快|麻烦).{0,6}(?:冻结|锁定|锁住|封停|封掉)/,
  /^(?:冻结|锁定)(?:我的)?(?:账户|账号)/,
];
const ZH_GONE = [
  new RegExp(`${ZH_ASSETS}.{0,12}(?:没了|不见了|消失|被转|被提|全没|清零|归零)`),
  /(?:资产|余额|账户里的?钱|账户里的?币).{0,10}(?:少了|变少|莫名)/,
];
const ZH_IN_TRANSIT = /(?:充值|充币|充的|充了|充错|转入|转进|到账|链上|网络|memo|标签|备注)/;
const ZH_GENERIC = /(?:盗号|账户异常|账号异常|被入侵|入侵)/;
const ZH_PREVENTION = /(?:防止|防范|防盗|避免|预防|保护|不被|更安全|安全吗|怎么才安全|如何安全|以防|万一)/;

// Russian is inflected: stems with any ending (\p{L}*), and word edges as lookarounds, since \b knows only latin.
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const RU_ASSETS = String.raw`(?:деньг|денег|средств|монет|крипт|баланс|актив|usdt|юсдт|btc|биткоин|eth|токен|сбережени|накоплени|вс[её](?:\s|$))`;
const RU_NOT_ME = String.raw`(?:${W}не\s+я${E}|${W}не\s+мо[йиеяю]\p{L}*|без\s+моего\s+(?:ведома|согласия|разрешения|участия)|я\s+(?:ничего\s+)?не\s+(?:делал|выводил|входил|заходил|подтверждал|переводил|продавал|покупал|авторизовал|разрешал|запрашивал|менял|логинил)\p{L}*|${W}(?:неизвестн|чуж|незнаком|подозрительн|несанкционирован|неавторизован)\p{L}*|не\s+узна[юё]\p{L}*)`;
const RU_ACTION = String.raw`(?:поменял|сменил|измен|отключ|отвяз|сброс|вывод|вывел|вывели|вход|вош[её]л|вошли|заход|зашел|зашли|зашёл|логин|авторизац|транзакц|перевод|перев[её]л|перевели|сделк|ордер|продал|списан|списал|операц|устройств)`;
const RU_SOMEONE = String.raw`(?:кто[-\s]?то|хакер\p{L}*|мошенник\p{L}*|злоумышленник\p{L}*|посторонн\p{L}*)`;
const RU_SECURITY = String.raw`(?:почт\p{L}*|email|e-mail|телефон\p{L}*|номер\p{L}*|2fa|2фа|аутентификатор\p{L}*|гугл\p{L}*|парол\p{L}*|двухфактор\p{L}*)`;
const RU_CHANGED = String.raw`(?:измен[её]н|поменян|сменен|сменён|сброшен|отключен|отключён|отвязан|удал[её]н)\p{L}*`;

const RU_INCIDENT: RegExp[] = [
  // "я ничего не выводил": the denial names the action itself.
  new RegExp(
    String.raw`${W}я\s+(?:ничего\s+|никуда\s+|никаких\s+\p{L}+\s+)?не\s+(?:выводил|входил|заходил|переводил|продавал|подтверждал|запрашивал|менял|отключал|отправлял)\p{L}*`,
    "u",
  ),
  // Credentials typed into a phishing page, and the account is empty since.
  new RegExp(
    String.raw`(?:фишинг|ссылк|ввел\p{L}*\s+(?:свои\s+)?данные|ввела\s+(?:свои\s+)?данные)[^.!?]{0,60}${W}(?:пусто|пропал\p{L}*|исчез\p{L}*|обнул\p{L}*|ничего\s+нет)`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:укра(?:л|ла|ли|ден\p{L}*)|своровал\p{L}*|похитил\p{L}*|похищен\p{L}*|обокрал\p{L}*|стащил\p{L}*|слили|обнулили|опустошили|кража|кражу)${E}`,
    "u",
  ),
  new RegExp(String.raw`${W}${RU_ACTION}\p{L}*[^.!?]{0,60}${RU_NOT_ME}`, "u"),
  new RegExp(String.raw`${RU_NOT_ME}[^.!?]{0,40}${W}${RU_ACTION}`, "u"),
  new RegExp(
    String.raw`${W}${RU_SOMEONE}[^.!?]{0,20}${W}(?:измен|поменял|сменил|сбросил|отключил|отвязал|вош[её]л|зашел|зашёл|зашли|вывел|снял|получил\s+доступ|взломал|украл|залез|влез|пользуется|вывел|перев[её]л)\p{L}*`,
    "u",
  ),
  new RegExp(
    String.raw`${W}${RU_SECURITY}[^.!?]{0,30}${W}(?:был[аио]?\s+|были\s+)?${RU_CHANGED}(?![^.!?]{0,20}${W}(?:мной|мною|сам|сама))`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:поменяли|сменили|изменили|отключили|отвязали|сбросили)\s+(?:мне\s+|мой\s+|мою\s+|мои\s+)?${RU_SECURITY}`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:телефон|смартфон|мобильн|айфон)\p{L}*[^.!?]{0,20}${W}(?:укра\p{L}*|своровал\p{L}*|стащил\p{L}*|вытащил\p{L}*|отобрал\p{L}*)`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:укра\p{L}*|своровал\p{L}*|стащил\p{L}*|вытащил\p{L}*)[^.!?]{0,20}${W}(?:телефон|смартфон|мобильн|айфон)`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:потерял\p{L}*|утерян\p{L}*|посеял\p{L}*)[^.!?]{0,30}${W}(?:телефон|смартфон|мобильн|айфон)\p{L}*[^.!?]{0,40}(?:аутентификатор|2fa|2фа|гугл|заморо|заблок)`,
    "u",
  ),
  new RegExp(
    String.raw`${W}(?:срочно|пожалуйста|немедленно|быстрее|скорее|сейчас\s+же|помогите)${W}[^.!?]{0,30}${W}(?:заморо[зж]\p{L}*|заблокир\p{L}*|блокн\p{L}*)\s+(?:мне\s+|мой\s+|мою\s+)?(?:аккаунт|акк|сч[её]т|учетн|учётн|кошел[её]к)`,
    "u",
  ),
  new RegExp(
    String.raw`^(?:пожалуйста\s+|срочно\s+)?(?:заморозьте|заблокируйте|заморозите|блокните)\s+(?:мне\s+|мой\s+|мою\s+)?(?:аккаунт|акк|сч[её]т|учетн|учётн)`,
    "u",
  ),
];
const RU_GONE = [
  new RegExp(
    String.raw`${W}${RU_ASSETS}\p{L}*[^.!?]{0,40}${W}(?:пропал\p{L}*|исчез\p{L}*|нет(?:у)?${E}|обнул\p{L}*|ноль|пуст\p{L}*|списали|увели|ушли\s+в\s+неизвестн)`,
    "u",
  ),
  new RegExp(String.raw`${W}(?:пропал\p{L}*|исчез\p{L}*)[^.!?]{0,20}${W}(?:вс[её]\s+)?${RU_ASSETS}`, "u"),
];
const RU_IN_TRANSIT = new RegExp(
  String.raw`${W}(?:пополн|депозит|не\s+пришл|не\s+пришел|не\s+пришёл|не\s+зачисл|не\s+дош|сет[ьи]|мемо|тег|отправил|скинул|закинул|перев[её]л|перевела|ордер|сделк|ликвидац)`,
  "u",
);
const RU_GENERIC = new RegExp(
  String.raw`${W}(?:взлом\p{L}*|хакнул\p{L}*|скомпрометирован\p{L}*|угнали\s+(?:аккаунт|акк))`,
  "u",
);
const RU_PREVENTION = new RegExp(
  String.raw`${W}(?:защит\p{L}*|обезопас\p{L}*|предотврат\p{L}*|избежать|чтобы[^.!?]{0,25}\s+не\s|советы?|совет\p{L}*|безопаснее|на\s+случай|в\s+случае|при\s+краже|если\s+(?:украдут|взломают|потеряю)|как\s+(?:понять|узнать|проверить))`,
  "u",
);
/** A Russian past verb that did not fail to happen ("взломали", not "чтобы не взломали"), or a word for "already". */
const RU_HAPPENED = new RegExp(
  String.raw`${W}(?:уже|только\s+что|вчера|сегодня|ночью)${E}|(?<!не\s)(?<![\p{L}])\p{L}{3,}(?:ли|ла|ло)${E}`,
  "u",
);

export const normalizeForUrgency = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/ё/g, "е")
    .replace(/(\d)[.,](\d)/g, "$1$2") // "0.5 btc" is not the end of a sentence
    .replace(/\s+/g, " ")
    .trim();

/** True when the message reports (or asks to stop) a theft or takeover of the account. */
export function soundsUrgent(text: string): boolean {
  const t = normalizeForUrgency(text);
  const gone =
    (EN_GONE.some((re) => re.test(t)) && !EN_IN_TRANSIT.test(t)) ||
    (ZH_GONE.some((re) => re.test(t)) && !ZH_IN_TRANSIT.test(t)) ||
    (RU_GONE.some((re) => re.test(t)) && !RU_IN_TRANSIT.test(t));
  const incident = [EN_INCIDENT, ZH_INCIDENT, RU_INCIDENT].some((family) => family.some((re) => re.test(t)));
  if (gone || incident) return !isPreventionOnly(t);
  if (EN_GENERIC.test(t)) return !EN_PREVENTION.test(t);
  if (ZH_GENERIC.test(t)) return !ZH_PREVENTION.test(t);
  if (RU_GENERIC.test(t)) return !RU_PREVENTION.test(t) || RU_HAPPENED.test(t);
  return false;
}

/** "How do I keep my coins from being stolen?" — an incident word inside a question about prevention. */
function isPreventionOnly(t: string): boolean {
  const prevention = EN_PREVENTION.test(t) || ZH_PREVENTION.test(t) || RU_PREVENTION.test(t);
  if (!prevention) return false;
  const happened =
    /\b(?:was|were|got|has\s+been|have\s+been|is\s+gone|are\s+gone|just)\b|(?:了|已经)/.test(t) || RU_HAPPENED.test(t);
  return !happened;
}

/** A question about keeping an account safe, not a report that something happened. */
export const isPreventionQuestion = (text: string): boolean => isPreventionOnly(normalizeForUrgency(text));
