import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "create-api-key",
    category: "api",
    zh: {
      title: "如何创建和管理 API Key",
      body: `在「账户」>「API 管理」中点击「创建 API Key」，设置备注名、权限和 IP 白名单，完成安全验证后即可获得 API Key 和 Secret Key。Secret Key 只在创建时显示一次，请立即妥善保存。

## 创建步骤

1. 确认已完成 Lv1 身份认证并开启谷歌验证器。
2. 进入「账户」>「API 管理」，点击「创建 API Key」。
3. 填写备注名（例如 "grid-bot"），并设置 Passphrase（API 口令，用于签名请求）。
4. 选择权限：
   - **只读**：查询行情、账户余额、订单和成交记录；
   - **交易**：下单、撤单，不能提现；
   - **提现**：通过 API 发起提现，必须同时绑定 IP 白名单。
5. 填写 IP 白名单，最多 20 个 IPv4 地址，用英文逗号分隔。
6. 完成邮箱/短信和谷歌验证，保存页面显示的 API Key、Secret Key 和 Passphrase。

## 管理已有的 API Key

- **修改**：可随时调整权限、备注名和 IP 白名单，修改立即生效。
- **删除**：删除后使用该 Key 的程序会立即失效，无法恢复。
- **有效期**：未绑定 IP 白名单且拥有交易权限的 API Key，连续 14 天未使用会被自动停用（示例规则）。

## 限制

每个账户最多可创建 50 个 API Key；子账户的 API Key 需在子账户管理中单独创建。

> 请只授予程序实际需要的权限。大多数行情工具和记账软件只需要「只读」权限。安全建议见 [API Key 安全最佳实践](/help/articles/api-key-security)。`,
    },
    en: {
      title: "How to create and manage API keys",
      body: `Go to **Account** > **API management**, tap **Create API key**, set a label, permissions and IP whitelist, and complete verification to receive your API key and secret key. The secret key is shown only once, so store it securely straight away.

## Steps

1. Make sure you've completed Lv1 verification and enabled Google Authenticator.
2. Go to **Account** > **API management** and tap **Create API key**.
3. Enter a label (for example "grid-bot") and set a passphrase, which is used when signing requests.
4. Choose permissions:
   - **Read**: market data, balances, orders and trade history;
   - **Trade**: place and cancel orders, no withdrawals;
   - **Withdraw**: make withdrawals through the API — an IP whitelist is mandatory.
5. Enter an IP whitelist of up to 20 IPv4 addresses, separated by commas.
6. Complete email or SMS and authenticator verification, then save the API key, secret key and passphrase shown.

## Managing existing keys

- **Edit**: change permissions, label and IP whitelist at any time; changes take effect immediately.
- **Delete**: any program using the key stops working immediately. This can't be undone.
- **Expiry**: keys with trading permission and no IP whitelist are disabled after 14 days without use (example rule).

## Limits

Each account can have up to 50 API keys. Keys for sub-accounts are created separately under sub-account management.

> Grant only the permissions a program actually needs — most market-data tools and portfolio trackers only need **Read**. See [API key security best practices](/help/articles/api-key-security).`,
    },
  },
  {
    slug: "api-authentication",
    category: "api",
    zh: {
      title: "API 请求如何签名",
      body: `私有接口的每个请求都需要在请求头中携带 API Key、时间戳、Passphrase 和签名，签名是用 Secret Key 对「时间戳 + 请求方法 + 请求路径 + 请求体」做 HMAC-SHA256 运算后再进行 Base64 编码。时间戳与服务器时间相差超过 30 秒，请求会被拒绝。

## 需要的请求头

| 请求头 | 内容 |
| --- | --- |
| BEACON-ACCESS-KEY | 你的 API Key |
| BEACON-ACCESS-TIMESTAMP | ISO 8601 格式的 UTC 时间，精确到毫秒 |
| BEACON-ACCESS-PASSPHRASE | 创建 API Key 时设置的 Passphrase |
| BEACON-ACCESS-SIGN | 签名结果 |

## 生成签名

1. 取当前 UTC 时间作为时间戳，例如 2025-03-09T08:00:00.000Z。
2. 拼接字符串：时间戳 + 大写请求方法 + 请求路径（含查询参数）+ 请求体。例如：2025-03-09T08:00:00.000ZGET/api/v1/account/balance?ccy=USDT
3. 用 Secret Key 对拼接后的字符串做 HMAC-SHA256。
4. 将结果进行 Base64 编码，放入签名请求头。

GET 请求的请求体为空字符串；POST 请求的请求体必须与实际发送的 JSON 完全一致，包括空格和字段顺序。

## 签名错误的常见原因

- 服务器时间不同步：请开启 NTP 时间同步，或先调用公共接口获取服务器时间。
- 请求路径漏掉了查询参数，或参数顺序与实际发送的不一致。
- 签名用的 JSON 与发送的 JSON 不是同一个字符串（例如序列化了两次）。
- 使用了十六进制编码而不是 Base64。

> Secret Key 只应保存在你的服务器上用于本地签名，永远不要在请求中发送，也不要写进前端代码或公开的代码仓库。`,
    },
    en: {
      title: "How to sign API requests",
      body: `Every private endpoint request must carry your API key, a timestamp, your passphrase and a signature in its headers; the signature is an HMAC-SHA256 of "timestamp + method + request path + body" using your secret key, then Base64-encoded. Requests whose timestamp differs from server time by more than 30 seconds are rejected.

## Required headers

| Header | Value |
| --- | --- |
| BEACON-ACCESS-KEY | Your API key |
| BEACON-ACCESS-TIMESTAMP | UTC time in ISO 8601 format with milliseconds |
| BEACON-ACCESS-PASSPHRASE | The passphrase you set when creating the key |
| BEACON-ACCESS-SIGN | The signature |

## Building the signature

1. Take the current UTC time as the timestamp, for example 2025-03-09T08:00:00.000Z.
2. Concatenate: timestamp + uppercase HTTP method + request path (including the query string) + body. For example: 2025-03-09T08:00:00.000ZGET/api/v1/account/balance?ccy=USDT
3. Compute HMAC-SHA256 of that string with your secret key.
4. Base64-encode the result and put it in the signature header.

For GET requests the body is an empty string. For POST requests, the body must be exactly the JSON you send, including whitespace and field order.

## Common signature mistakes

- Clock drift: enable NTP time sync, or fetch the server time from the public endpoint first.
- The request path is missing the query string, or parameters are in a different order from what is sent.
- The JSON you signed isn't the same string you sent (for example it was serialised twice).
- Hex encoding was used instead of Base64.

> Your secret key should live only on your server for local signing. Never send it in a request, put it in front-end code or commit it to a public repository.`,
    },
  },
  {
    slug: "api-rate-limits",
    category: "api",
    zh: {
      title: "API 访问频率限制",
      body: `Beacon 交易所 API 按接口分别限频：公共接口按 IP 计算，私有接口按 API Key 计算，例如下单接口每个 API Key 每 2 秒最多 60 次。超出限制会返回 HTTP 429，短时间内持续超限可能被临时封禁 5 分钟。

## 限频示例

| 接口类型 | 限频依据 | 限制（示例） |
| --- | --- | --- |
| 公共行情（REST） | IP | 每 2 秒 20 次 |
| 账户与资产查询 | API Key | 每 2 秒 10 次 |
| 下单 / 撤单 | API Key + 交易对 | 每 2 秒 60 次 |
| 批量下单 | API Key | 每 2 秒 300 个订单 |
| WebSocket 连接 | IP | 每秒 3 次新建连接 |
| WebSocket 订阅 | 连接 | 每小时 480 次订阅请求 |

各接口的具体限制以 API 文档为准。

## 如何避免触发限频

1. 行情数据优先使用 WebSocket 推送，而不是频繁轮询 REST 接口。
2. 批量下单、批量撤单代替逐个请求。
3. 在程序中读取响应头中的剩余次数，接近上限时主动降速。
4. 收到 429 后采用指数退避重试，例如等待 1 秒、2 秒、4 秒。
5. 多个策略不要共用一个 API Key，按策略拆分到子账户。

## 需要更高的频率

VIP 5 及以上或做市商可以提交工单申请提高限频，请说明使用场景、当前请求量和所需的限额。

> 被临时封禁期间继续请求会延长封禁时间。请先停止程序，检查是否有死循环或重试逻辑错误。`,
    },
    en: {
      title: "API rate limits",
      body: `Beacon Exchange API limits are set per endpoint: public endpoints are limited by IP and private endpoints by API key — for example, placing orders is limited to 60 requests per 2 seconds per API key. Exceeding a limit returns HTTP 429, and repeatedly exceeding it in a short period can trigger a temporary 5-minute ban.

## Example limits

| Endpoint type | Limited by | Limit (example) |
| --- | --- | --- |
| Public market data (REST) | IP | 20 requests / 2 s |
| Account and balance queries | API key | 10 requests / 2 s |
| Place / cancel order | API key + instrument | 60 requests / 2 s |
| Batch orders | API key | 300 orders / 2 s |
| WebSocket connections | IP | 3 new connections / s |
| WebSocket subscriptions | Connection | 480 subscribe requests / hour |

The API documentation lists the exact limit for each endpoint.

## How to stay within limits

1. Use WebSocket streams for market data instead of polling REST endpoints.
2. Use batch place and batch cancel instead of one request per order.
3. Read the remaining-requests response header and slow down as you approach the limit.
4. On a 429, retry with exponential backoff — for example wait 1, 2, then 4 seconds.
5. Don't share one API key between several strategies; split them across sub-accounts.

## Need higher limits?

VIP 5 and above, and market makers, can submit a ticket to request higher limits. Describe your use case, current request volume and the limits you need.

> Sending requests during a temporary ban extends it. Stop your program first and check for infinite loops or faulty retry logic.`,
    },
  },
  {
    slug: "api-key-security",
    category: "api",
    zh: {
      title: "API Key 安全最佳实践",
      body: `保护 API Key 最重要的三件事是：只授予必要的权限、始终绑定 IP 白名单、绝不把 Secret Key 交给任何人或第三方平台。一旦怀疑泄露，请立即在「API 管理」中删除该 Key。

## 建议做法

1. **最小权限**：行情和记账工具只开「只读」；交易机器人只开「交易」；除非确有需要，不要开启「提现」。
2. **绑定 IP 白名单**：只允许你服务器的固定 IP 调用，即使 Key 泄露，他人也无法使用。
3. **一个用途一个 Key**：不同程序、不同策略使用不同的 Key，出问题时可以单独删除。
4. **安全存储**：把 Secret Key 和 Passphrase 保存在服务器的环境变量或密钥管理服务中，不要写入代码、截图或聊天记录。
5. **定期轮换**：例如每 90 天重新创建一次，删除旧 Key。
6. **定期检查**：在「API 管理」中查看最近使用时间，删除不再使用或不认识的 Key。

## 使用第三方工具时

- 第三方跟单、量化平台要求你提供 API Key 时，请确认其信誉，并且**只授予交易权限、绑定该平台提供的 IP**。
- 任何要求「提现权限」的第三方工具都应高度警惕。
- 所谓「API 托管代操作、保证收益」多为骗局。

## 怀疑泄露怎么办

1. 立即删除相关 API Key。
2. 检查「订单历史」和「提现记录」是否有异常操作。
3. 修改登录密码，检查设备管理。
4. 如有资产损失，按 [账户被盗怎么办](/help/articles/account-compromised) 处理，并联系在线客服。

> 通过 API 发生的交易和你本人下单的法律效力相同。因 API Key 泄露或授权第三方造成的损失，平台无法负责撤销。`,
    },
    en: {
      title: "API key security best practices",
      body: `The three most important ways to protect an API key are: grant only the permissions you need, always bind an IP whitelist, and never give your secret key to anyone or any third-party platform. If you suspect a key has leaked, delete it in **API management** immediately.

## Recommended practices

1. **Least privilege**: market-data and portfolio tools need **Read** only; trading bots need **Trade**; don't enable **Withdraw** unless you truly need it.
2. **IP whitelist**: allow only your server's static IP, so a leaked key is useless to anyone else.
3. **One key per purpose**: use separate keys for separate programs and strategies, so you can delete one without affecting the others.
4. **Secure storage**: keep the secret key and passphrase in server environment variables or a secrets manager — never in source code, screenshots or chat messages.
5. **Rotate regularly**: for example, create a new key every 90 days and delete the old one.
6. **Review regularly**: check the last-used time in **API management** and delete keys you no longer use or don't recognise.

## Using third-party tools

- If a copy-trading or quant platform asks for an API key, check its reputation, and **grant trading permission only, bound to the IPs the platform publishes**.
- Be very wary of any third-party tool that asks for withdrawal permission.
- "Managed API trading with guaranteed returns" is almost always a scam.

## If you suspect a leak

1. Delete the affected API keys immediately.
2. Check **Order history** and **Withdrawal history** for anything unusual.
3. Change your login password and review your devices.
4. If funds were lost, follow [My account was compromised](/help/articles/account-compromised) and contact live chat.

> Trades placed through the API are as binding as trades you place yourself. Beacon Exchange can't reverse losses caused by a leaked key or by access you granted to a third party.`,
    },
  },
  {
    slug: "api-error-codes",
    category: "api",
    zh: {
      title: "API 常见错误码及处理方法",
      body: `API 出错时，响应中会返回 HTTP 状态码和 Beacon 交易所的业务错误码，最常见的是签名错误、时间戳过期、IP 不在白名单、权限不足和请求过于频繁。根据下表中的错误码找到原因即可快速排查。

## 常见错误码（示例）

| HTTP | 错误码 | 含义 | 处理方法 |
| --- | --- | --- | --- |
| 401 | 10001 | API Key 不存在或已删除 | 检查 Key 是否复制完整、是否已被删除 |
| 401 | 10002 | 签名错误 | 按 [API 请求如何签名](/help/articles/api-authentication) 逐项检查 |
| 401 | 10003 | 时间戳过期 | 同步服务器时间，误差需在 30 秒内 |
| 401 | 10004 | Passphrase 错误 | 确认与创建 Key 时设置的一致 |
| 403 | 10010 | IP 不在白名单 | 在 API 管理中添加当前服务器的出口 IP |
| 403 | 10011 | 权限不足 | 为 Key 开启对应权限，如「交易」 |
| 403 | 10012 | 账户已冻结或受限 | 登录网页端查看账户状态或联系客服 |
| 429 | 10020 | 请求过于频繁 | 降低频率并退避重试，见 [API 访问频率限制](/help/articles/api-rate-limits) |
| 400 | 20001 | 参数错误 | 检查必填参数、数据类型和精度 |
| 400 | 20010 | 余额不足 | 检查交易账户可用余额和冻结金额 |
| 400 | 20011 | 委托价格超出限价范围 | 调整价格到允许的价格范围内 |
| 400 | 20012 | 数量低于最小下单量或精度不符 | 按交易对规则调整数量和小数位 |
| 503 | 50001 | 系统繁忙或维护中 | 稍后重试，并关注公告 |

## 排查建议

1. 记录完整的请求（去掉 Secret Key）和响应，包括响应头中的请求 ID。
2. 先用公共接口测试网络连通性，再测试私有接口。
3. 联系客服时提供请求 ID、错误码和发生时间（UTC），能大大加快排查速度。

> 不要把 Secret Key 或 Passphrase 发给客服，客服排查问题不需要这些信息。`,
    },
    en: {
      title: "Common API error codes",
      body: `When an API call fails, the response contains an HTTP status and a Beacon Exchange error code; the most common problems are a bad signature, an expired timestamp, an IP not on the whitelist, missing permissions and too many requests. Look up the code in the table below to find the cause quickly.

## Common error codes (examples)

| HTTP | Code | Meaning | What to do |
| --- | --- | --- | --- |
| 401 | 10001 | API key not found or deleted | Check the key was copied completely and hasn't been deleted |
| 401 | 10002 | Invalid signature | Check each step in [How to sign API requests](/help/articles/api-authentication) |
| 401 | 10003 | Timestamp expired | Sync your server clock to within 30 seconds |
| 401 | 10004 | Wrong passphrase | Use the passphrase set when the key was created |
| 403 | 10010 | IP not whitelisted | Add your server's outbound IP in API management |
| 403 | 10011 | Permission denied | Enable the required permission, such as **Trade** |
| 403 | 10012 | Account frozen or restricted | Check account status on the website or contact support |
| 429 | 10020 | Too many requests | Slow down and back off — see [API rate limits](/help/articles/api-rate-limits) |
| 400 | 20001 | Invalid parameter | Check required parameters, types and precision |
| 400 | 20010 | Insufficient balance | Check available and locked balances in the trading account |
| 400 | 20011 | Price outside allowed range | Adjust the price to within the price limits |
| 400 | 20012 | Size below minimum or wrong precision | Adjust size and decimals to the instrument rules |
| 503 | 50001 | System busy or under maintenance | Retry later and check announcements |

## Troubleshooting tips

1. Log the full request (without the secret key) and response, including the request ID header.
2. Test connectivity with a public endpoint before testing private ones.
3. When contacting support, include the request ID, error code and time (UTC) — it speeds things up considerably.

> Never send your secret key or passphrase to support. Agents don't need them to investigate.`,
    },
  },
];
