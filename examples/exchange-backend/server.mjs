// An exchange's backend, as small as it gets, connected to Beacon (see docs/exchange.md):
// - signs identity tokens for its signed-in user (GET /beacon/identity-token) for BeaconChat.identify and /sso links,
// - keeps Beacon's customer profile in step (PUT /api/v1/customers/{id} with an API token) at start,
// - receives and verifies webhooks (POST /beacon/webhooks),
// - serves the account actions (POST /beacon/actions/freeze), verifying Beacon's signature.
// Run: BEACON_URL=http://localhost:3000 BEACON_SITE_SECRET=… BEACON_API_TOKEN=bcn_… WEBHOOK_SECRET=whsec_… \
//      ACTION_SECRET=acsec_… PORT=4000 node examples/exchange-backend/server.mjs
// GET /beacon/calls and /beacon/webhooks show what arrived (for the demo and the tests). Node ≥ 20, `jose` only.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { SignJWT } from "jose";

const env = process.env;
const BEACON_URL = env.BEACON_URL ?? "http://localhost:3000";
const ISSUER = env.BEACON_SITE_ISSUER ?? "https://exchange.example";
const AUDIENCE = env.BEACON_SITE_AUDIENCE ?? "beacon";
const SITE_KEY = env.BEACON_SITE_KEY ?? "exchange";

// The exchange's signed-in user (a real exchange reads it from its own session).
const user = {
  id: env.USER_ID ?? "ex-1001",
  email: env.USER_EMAIL ?? "li.wei@example.com",
  name: env.USER_NAME ?? "Li Wei",
  vipLevel: 3,
  kycLevel: 2,
  uid: "UID-88231",
  language: "en",
};
const calls = [];
const webhooks = [];

function identityToken() {
  return new SignJWT({
    email: user.email,
    name: user.name,
    language: user.language,
    vipLevel: user.vipLevel,
    kycLevel: user.kycLevel,
    uid: user.uid,
  })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(env.BEACON_SITE_SECRET ?? ""));
}

/** Beacon's signature: HMAC-SHA256 of `<timestamp>.<raw body>`, any `v1=` entry (two during a rotation), fresh timestamp. */
function verified(secret, headers, body) {
  const ts = headers["beacon-timestamp"];
  if (!secret || !ts || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex"));
  return String(headers["beacon-signature"] ?? "")
    .split(",")
    .some((part) => {
      const given = Buffer.from(part.trim().replace(/^v1=/, ""));
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

async function syncProfile() {
  if (!env.BEACON_API_TOKEN) return;
  const response = await fetch(`${BEACON_URL}/api/v1/customers/${encodeURIComponent(user.id)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${env.BEACON_API_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      email: user.email,
      name: user.name,
      language: user.language,
      vipLevel: user.vipLevel,
      kycLevel: user.kycLevel,
      uid: user.uid,
      region: "SG",
    }),
  });
  console.log(`profile sync: ${response.status}`);
}

const page = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Exchange</title></head>
<body><header><strong>Example Exchange</strong> — signed in as ${user.name} (VIP ${user.vipLevel})</header>
<p>Need help? Use the chat button, or <a id="portal" href="/beacon/portal">open the support portal</a>.</p>
<script src="${BEACON_URL}/widget.js" data-site="${SITE_KEY}" data-locale="en" async></script>
<script>
  (function wait() {
    if (!window.BeaconChat) return setTimeout(wait, 50);
    window.BeaconChat.identify(() => fetch("/beacon/identity-token").then((r) => r.text()));
  })();
</script></body></html>`;

const read = (req) =>
  new Promise((resolve) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => resolve(body));
  });
const json = (res, status, value) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/")
    return res.writeHead(200, { "content-type": "text/html" }).end(page());
  if (req.method === "GET" && url.pathname === "/beacon/identity-token")
    return res.writeHead(200, { "content-type": "text/plain" }).end(await identityToken());
  if (req.method === "GET" && url.pathname === "/beacon/portal") {
    const link = `${BEACON_URL}/sso?site=portal&token=${encodeURIComponent(await identityToken())}&next=/tickets`;
    return res.writeHead(302, { location: link }).end();
  }
  if (req.method === "POST" && url.pathname.startsWith("/beacon/actions/")) {
    const body = await read(req);
    if (!verified(env.ACTION_SECRET, req.headers, body)) return json(res, 401, { error: { message: "bad signature" } });
    const call = {
      action: url.pathname.split("/").pop(),
      id: req.headers["idempotency-key"],
      body: JSON.parse(body),
      at: new Date().toISOString(),
    };
    if (!calls.some((c) => c.id === call.id)) calls.push(call);
    return json(res, 200, { ok: true, frozenAt: call.at });
  }
  if (req.method === "POST" && url.pathname === "/beacon/webhooks") {
    const body = await read(req);
    if (!verified(env.WEBHOOK_SECRET, req.headers, body)) return json(res, 401, { error: "bad signature" });
    const id = req.headers["beacon-delivery-id"];
    if (!webhooks.some((w) => w.id === id))
      webhooks.push({ id, event: req.headers["beacon-event"], body: JSON.parse(body) });
    return json(res, 200, { ok: true });
  }
  if (req.method === "GET" && url.pathname === "/beacon/calls") return json(res, 200, { calls });
  if (req.method === "GET" && url.pathname === "/beacon/webhooks") return json(res, 200, { webhooks });
  json(res, 404, { error: "not found" });
});

server.listen(Number(env.PORT ?? 4000), "127.0.0.1", () => {
  console.log(`exchange backend on http://127.0.0.1:${server.address().port}`);
  syncProfile().catch((error) => console.error("profile sync failed:", error.message));
});
