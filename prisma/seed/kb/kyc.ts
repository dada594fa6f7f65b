import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "how-to-complete-kyc",
    category: "kyc",
    zh: {
      title: "如何完成身份认证（KYC）",
      body: `在「账户」>「身份认证」中选择国家/地区，上传有效身份证件并完成人脸识别即可提交认证，大多数申请会在 10 分钟内自动审核完成。完成认证后即可进行交易、提现和 P2P 交易。

## 认证步骤

1. 登录后进入「账户」>「身份认证」，点击「开始认证」。
2. 选择证件签发的国家/地区，以及证件类型（身份证、护照或驾照）。
3. 按提示填写姓名、证件号码和出生日期，**必须与证件上的信息完全一致**。
4. 拍摄或上传证件正反面照片。
5. 按屏幕提示完成人脸识别（眨眼、转头等动作）。
6. 提交后，可在「身份认证」页面查看审核进度。

## 拍摄小技巧

- 在光线充足的地方拍摄，避免反光和阴影。
- 证件四角完整出现在画面中，不要裁剪、遮挡或使用美颜滤镜。
- 人脸识别时请摘下帽子和墨镜，保持面部在框内。

## 相关文章

- [身份认证等级与额度](/help/articles/kyc-levels-and-limits)
- [身份认证支持哪些证件](/help/articles/kyc-accepted-documents)
- [身份认证失败的常见原因](/help/articles/kyc-verification-failed)

> 你的证件信息仅用于合规审核，全程加密传输和存储。Beacon 交易所不会通过电话、社交软件等渠道要求你发送证件照片。`,
    },
    en: {
      title: "How to complete identity verification (KYC)",
      body: `Go to **Account** > **Identity verification**, choose your country or region, upload a valid ID document and complete the face scan to submit — most applications are reviewed automatically within 10 minutes. Once verified, you can trade, withdraw and use P2P.

## Steps

1. Log in, go to **Account** > **Identity verification** and tap **Start**.
2. Select the country or region that issued your document and the document type (national ID card, passport or driver's licence).
3. Enter your name, document number and date of birth **exactly as they appear on the document**.
4. Take or upload photos of the front and back of the document.
5. Follow the on-screen prompts to complete the face scan (blinking, turning your head).
6. After submitting, track the status on the **Identity verification** page.

## Photo tips

- Use good lighting and avoid glare and shadows.
- Keep all four corners of the document in frame; don't crop, cover or apply beauty filters.
- Remove hats and sunglasses for the face scan and keep your face inside the outline.

## Related articles

- [KYC levels and limits](/help/articles/kyc-levels-and-limits)
- [Which documents are accepted](/help/articles/kyc-accepted-documents)
- [Why did my verification fail?](/help/articles/kyc-verification-failed)

> Your documents are used only for compliance review and are encrypted in transit and at rest. Beacon Exchange will never ask you to send ID photos by phone or through social media apps.`,
    },
  },
  {
    slug: "kyc-levels-and-limits",
    category: "kyc",
    zh: {
      title: "身份认证等级与额度",
      body: `Beacon 交易所的身份认证分为未认证、Lv1 基础认证和 Lv2 高级认证三个等级，等级越高，可使用的功能越多、提现额度越高。完成 Lv1 即可交易和提现，Lv2 适合需要更高额度的用户。

## 等级与权限（示例）

| 等级 | 所需材料 | 可用功能 | 24 小时提现额度 |
| --- | --- | --- | --- |
| 未认证 | 仅注册 | 充值、查看行情 | 不可提现 |
| Lv1 基础认证 | 身份证件 + 人脸识别 | 现货、杠杆、合约、P2P、理财 | 相当于 200,000 USDT |
| Lv2 高级认证 | Lv1 + 地址证明 | 全部功能 | 相当于 2,000,000 USDT |

以上额度仅为示例，实际额度会因国家/地区和 VIP 等级而不同，请以「身份认证」页面显示为准。

## 如何升级到 Lv2

1. 完成 Lv1 认证后，进入「账户」>「身份认证」，点击「升级」。
2. 上传 3 个月内的地址证明，例如水电燃气账单、银行对账单或政府机构信函。
3. 文件上需清晰显示你的姓名和居住地址，且与 Lv1 认证的姓名一致。
4. Lv2 审核通常需要 1–3 个工作日。

> 机构或企业用户请使用「机构认证」，需要提供营业执照、股权结构和授权人信息等材料，审核时间一般为 3–7 个工作日。`,
    },
    en: {
      title: "KYC levels and limits",
      body: `Beacon Exchange has three verification levels — Unverified, Lv1 Basic and Lv2 Advanced — and each higher level unlocks more features and higher withdrawal limits. Lv1 is enough to trade and withdraw; Lv2 is for users who need higher limits.

## Levels and permissions (example)

| Level | What's required | Features | 24-hour withdrawal limit |
| --- | --- | --- | --- |
| Unverified | Sign-up only | Deposits, market data | No withdrawals |
| Lv1 Basic | ID document + face scan | Spot, margin, futures, P2P, Earn | Equivalent of 200,000 USDT |
| Lv2 Advanced | Lv1 + proof of address | All features | Equivalent of 2,000,000 USDT |

These limits are examples; actual limits vary by country or region and VIP level. The **Identity verification** page always shows yours.

## Upgrading to Lv2

1. After completing Lv1, go to **Account** > **Identity verification** and tap **Upgrade**.
2. Upload a proof of address dated within the last 3 months, such as a utility bill, bank statement or government letter.
3. The document must clearly show your name and residential address, and the name must match your Lv1 verification.
4. Lv2 reviews usually take 1–3 business days.

> Companies and institutions should use **Institutional verification**, which requires documents such as a certificate of incorporation, ownership structure and authorised signatory details. Reviews typically take 3–7 business days.`,
    },
  },
  {
    slug: "kyc-accepted-documents",
    category: "kyc",
    zh: {
      title: "身份认证支持哪些证件",
      body: `身份认证支持由政府签发、在有效期内的身份证、护照和驾照（部分国家/地区）；地址证明支持 3 个月内的水电燃气账单、银行对账单等。证件必须是原件拍摄，不接受复印件、截图或翻拍照片。

## 身份证件（Lv1）

- **身份证**：需上传正反两面。
- **护照**：上传带照片的个人信息页，需能看清底部的机读码。
- **驾照**：仅部分国家/地区支持，以认证页面的选项为准。

证件需满足：

- 在有效期内，剩余有效期建议大于 1 个月；
- 照片完整、清晰，无遮挡、无反光、无涂改；
- 证件持有人与账户注册人为同一人。

## 地址证明（Lv2）

- 水、电、燃气、固定电话或网络账单；
- 银行或信用卡对账单；
- 政府机构出具的信函、税单或居住证明。

文件需在 3 个月内签发，显示你的全名和完整居住地址。PDF 文件不超过 10 MB，图片支持 JPG 和 PNG 格式。

## 不被接受的材料

- 学生证、工作证、社保卡等非身份证件；
- 已过期或临时证件（部分国家的临时身份证除外）；
- 电子截图、复印件或屏幕翻拍。

> 如果你的证件类型不在列表中，请在提交前联系在线客服确认。`,
    },
    en: {
      title: "Which documents are accepted for identity verification?",
      body: `We accept valid, government-issued national ID cards, passports and, in some countries and regions, driver's licences; for proof of address we accept utility bills, bank statements and similar documents issued within the last 3 months. Documents must be photographed in the original — copies, screenshots and photos of screens are not accepted.

## Identity documents (Lv1)

- **National ID card**: upload both the front and the back.
- **Passport**: upload the photo page, with the machine-readable lines at the bottom clearly visible.
- **Driver's licence**: only available in some countries and regions; check the options on the verification page.

Your document must be:

- valid, ideally with more than 1 month before it expires;
- complete and sharp, with no covering, glare or alterations;
- issued to the same person who owns the account.

## Proof of address (Lv2)

- Water, electricity, gas, landline or internet bills;
- Bank or credit card statements;
- Letters, tax notices or residence certificates from a government authority.

The document must be dated within the last 3 months and show your full name and residential address. PDFs up to 10 MB and JPG or PNG images are accepted.

## Not accepted

- Student cards, employee badges, social security cards and other non-identity documents;
- Expired or temporary documents (except temporary ID cards in certain countries);
- Screenshots, photocopies or photos of a screen.

> If your document type isn't listed, check with live chat before submitting.`,
    },
  },
  {
    slug: "kyc-verification-failed",
    category: "kyc",
    zh: {
      title: "身份认证失败的常见原因",
      body: `身份认证失败最常见的原因是照片不清晰、填写的信息与证件不一致、证件已过期，或人脸识别未通过。你可以在「身份认证」页面查看具体的失败原因，修正后重新提交即可，一般不需要联系客服。

## 常见原因及解决办法

| 失败原因 | 解决办法 |
| --- | --- |
| 照片模糊、反光或不完整 | 在光线均匀处重拍，确保证件四角完整 |
| 姓名、证件号或出生日期与证件不一致 | 逐字核对，注意中间名、空格和英文拼写 |
| 证件已过期 | 更换为有效期内的证件 |
| 人脸识别失败 | 摘下帽子、眼镜，在明亮环境下正对镜头 |
| 该证件已被其他账户使用 | 一个证件只能认证一个账户，请登录原账户 |
| 所在国家/地区暂不支持 | 请查看服务范围，暂不支持的地区无法完成认证 |

## 重新提交

1. 进入「账户」>「身份认证」，查看失败原因。
2. 点击「重新认证」，按提示修正后重新上传。
3. 每天最多可提交 5 次，超出后请在次日再试。

## 多次失败怎么办

如果按提示修改后仍然失败，请提交工单，类型选择「身份认证」，附上失败页面截图。客服会在 1–3 个工作日内人工复核。

> 请勿使用他人证件或经过编辑的图片提交认证，这会导致账户被永久限制。`,
    },
    en: {
      title: "Why did my identity verification fail?",
      body: `The most common reasons are blurry photos, details that don't match the document, an expired document or a failed face scan. The exact reason is shown on the **Identity verification** page; fix it and resubmit — you usually don't need to contact support.

## Common reasons and fixes

| Reason | What to do |
| --- | --- |
| Photo blurry, glare or cropped | Retake in even light with all four corners visible |
| Name, ID number or date of birth doesn't match | Check every character, including middle names, spacing and spelling |
| Document expired | Use a document that is still valid |
| Face scan failed | Remove hats and glasses and face the camera in good light |
| Document already used by another account | One document can verify only one account; log in to the original account |
| Country or region not supported | Check our service coverage; unsupported regions can't complete verification |

## Resubmitting

1. Go to **Account** > **Identity verification** and read the reason.
2. Tap **Verify again**, correct the issue and upload again.
3. You can submit up to 5 times a day; after that, try again the next day.

## Still failing?

If it keeps failing after following the guidance, submit a ticket with the category **Identity verification** and attach a screenshot of the failure page. An agent will review it manually within 1–3 business days.

> Never submit someone else's document or an edited image. Doing so leads to a permanent account restriction.`,
    },
  },
  {
    slug: "kyc-review-time",
    category: "kyc",
    zh: {
      title: "身份认证审核需要多长时间",
      body: `Lv1 基础认证大多数会在 10 分钟内自动审核完成，转入人工审核时一般不超过 24 小时；Lv2 高级认证通常需要 1–3 个工作日。审核结果会通过邮件和站内信通知你。

## 各类认证的参考时间

| 认证类型 | 通常时间 | 最长时间（示例） |
| --- | --- | --- |
| Lv1 基础认证 | 10 分钟内 | 24 小时 |
| Lv2 高级认证 | 1 个工作日 | 3 个工作日 |
| 机构认证 | 3 个工作日 | 7 个工作日 |
| 信息变更 | 1 个工作日 | 3 个工作日 |

## 审核时间变长的常见原因

- 提交量高峰期，例如新币上线或市场大幅波动期间；
- 系统无法自动识别，需要人工复核；
- 需要你补充材料，此时页面会显示「需补充资料」。

## 审核期间

- 审核进行中时无需重复提交，重复提交不会加快速度，反而会重新排队。
- 审核期间可以正常充值。
- 如果超过上表中的最长时间仍未有结果，请联系在线客服并提供你的注册邮箱或 UID。

> 请留意官方邮件中的防钓鱼码。Beacon 交易所不会以「加急审核」为由向你收取任何费用。`,
    },
    en: {
      title: "How long does identity verification take?",
      body: `Most Lv1 Basic verifications are approved automatically within 10 minutes, and those that need a manual check usually finish within 24 hours; Lv2 Advanced verification typically takes 1–3 business days. You'll be notified of the result by email and in-app message.

## Typical review times

| Verification | Usually | Longest (example) |
| --- | --- | --- |
| Lv1 Basic | Within 10 minutes | 24 hours |
| Lv2 Advanced | 1 business day | 3 business days |
| Institutional | 3 business days | 7 business days |
| Information update | 1 business day | 3 business days |

## Why a review may take longer

- High volumes, for example around new listings or sharp market moves;
- The automatic check couldn't read your documents and a manual review is needed;
- More information is needed from you — the page then shows **Additional documents required**.

## While you wait

- Don't resubmit while a review is in progress; it won't speed things up and moves you back in the queue.
- You can still deposit during the review.
- If you haven't had a result after the longest time above, contact live chat with your registered email or UID.

> Check for your anti-phishing code in our emails. Beacon Exchange never charges a fee to "speed up" a review.`,
    },
  },
  {
    slug: "update-kyc-information",
    category: "kyc",
    zh: {
      title: "如何更新身份认证信息",
      body: `证件过期、更换新证件或个人信息（如姓名、居住地址）发生变化时，可以在「账户」>「身份认证」>「更新信息」中提交新材料，审核通常需要 1–3 个工作日。审核期间原有认证等级和额度保持不变。

## 什么时候需要更新

- 证件即将过期或已过期，系统会提前 30 天发送提醒；
- 依法更改了姓名或换发了新证件；
- 搬家后居住地址变化（Lv2 用户）；
- 国籍或居住国家发生变化。

## 更新步骤

1. 进入「账户」>「身份认证」，点击「更新信息」。
2. 选择需要更新的内容：证件、姓名或地址。
3. 上传新证件照片，或 3 个月内的地址证明。
4. 姓名变更还需上传官方证明文件，例如改名证明或结婚证。
5. 完成人脸识别后提交。

## 注意事项

- 证件号码变更时，新证件的持有人必须与原认证人是同一人。
- 国籍或居住国家变更后，可用的功能和额度可能随当地合规要求调整。
- 证件过期超过 30 天仍未更新，提现功能可能被暂时限制，更新通过后自动恢复。

> 身份认证信息不能转让给他人，也不能用于将账户更换为另一个人的身份。`,
    },
    en: {
      title: "How to update your KYC information",
      body: `If your document expires, you get a new one, or your personal details (such as your name or address) change, submit the new documents under **Account** > **Identity verification** > **Update information**; reviews usually take 1–3 business days. Your current verification level and limits stay in place during the review.

## When to update

- Your document is about to expire or has expired — we send a reminder 30 days beforehand;
- You've legally changed your name or been issued a new document;
- You've moved house (Lv2 users);
- Your nationality or country of residence has changed.

## Steps

1. Go to **Account** > **Identity verification** and tap **Update information**.
2. Choose what to update: document, name or address.
3. Upload photos of the new document, or a proof of address from the last 3 months.
4. For a name change, also upload official evidence such as a deed poll or marriage certificate.
5. Complete the face scan and submit.

## Good to know

- If your document number changes, the new document must belong to the same person who originally verified.
- After a change of nationality or residence, available features and limits may change to follow local rules.
- If your document has been expired for more than 30 days without an update, withdrawals may be temporarily restricted; they resume automatically once the update is approved.

> Verification can't be transferred to another person, and an account can't be switched to someone else's identity.`,
    },
  },
];
