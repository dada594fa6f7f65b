import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadConfig } from "@/lib/config";
import { PUT as putCustomer } from "@/app/api/v1/customers/[externalId]/route";
import { POST as identify } from "@/app/api/v1/identity/route";
import { POST as startChat } from "@/app/api/v1/conversations/route";
import { POST as runOnChat } from "@/app/api/v1/conversations/[conversationId]/account-actions/route";
import { getPrisma } from "@/lib/db/client";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { findMessages } from "@/lib/services/chat/find-messages";
import { getCustomerContext } from "@/lib/services/chat/get-customer-context";
import { createAccountAction } from "@/lib/services/account-actions/actions-admin";
import { createWebhookEndpoint } from "@/lib/services/webhooks/webhooks-admin";
import { sendWebhooks } from "@/lib/services/webhooks/send-webhooks";
import { toActor } from "@/lib/auth/actor";
import { createToken } from "../factories/api-tokens";
import { createSite } from "../factories/identity";
import { createActor, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

// examples/exchange-backend against Beacon: the backend is a real child process on a free port; Beacon's profile
// route is served over HTTP by a small adapter, the rest is called in-process.

let beaconUrl = "";
let closeBeacon = () => {};
beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  loadConfig(); // the configuration is parsed once; read the change
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const externalId = decodeURIComponent((req.url ?? "").split("/").pop() ?? "");
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const response = await putCustomer(
      new NextRequest(new URL(req.url ?? "/", "http://localhost"), { method: req.method, headers, body }),
      withParams({ externalId }),
    );
    res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  beaconUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeBeacon = () => server.close();
});
afterAll(() => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  loadConfig(); // the configuration is parsed once; read the change
  closeBeacon();
});

async function startBackend(env: Record<string, string>) {
  const child = spawn(process.execPath, ["examples/exchange-backend/server.mjs"], {
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => void child.kill("SIGKILL"));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /exchange backend on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes("profile sync:")) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`backend exited with ${code}: ${output}`)));
  });
  return { url, output: () => output };
}

describe("examples/exchange-backend", () => {
  it("syncs the profile, signs the identity (VIP 3, verified), receives the freeze with a valid signature, and verifies webhooks", async () => {
    const site = await createSite();
    const { token: apiToken, owner } = await createToken(["customers:write"]);
    const admin = toActor(owner);
    const userId = `ex-${randomUUID().slice(0, 8)}`;
    const prisma = await getPrisma();
    // The backend's URL is known only once it runs: the action and webhook point at a placeholder, then at it.
    const action = await createAccountAction({
      actor: admin,
      input: {
        key: `freeze-${userId}`,
        name: { en: "Freeze account", "zh-CN": "冻结账户" },
        notice: { en: "Your account was frozen", "zh-CN": "您的账户已被冻结" },
        url: "http://127.0.0.1:9/x",
        active: true,
      },
    });
    const hook = await createWebhookEndpoint({
      actor: admin,
      input: { url: "http://127.0.0.1:9/x", description: "", events: ["customer.identified"], active: true },
    });
    const backend = await startBackend({
      BEACON_URL: beaconUrl,
      BEACON_API_TOKEN: apiToken,
      BEACON_SITE_SECRET: site.secret ?? "",
      BEACON_SITE_ISSUER: site.issuer,
      BEACON_SITE_AUDIENCE: site.audience,
      BEACON_SITE_KEY: site.key,
      ACTION_SECRET: action.secret,
      WEBHOOK_SECRET: hook.secret,
      USER_ID: userId,
    });
    expect(backend.output()).toContain("profile sync: 201");
    await prisma.accountAction.update({
      where: { id: action.action.id },
      data: { url: `${backend.url}/beacon/actions/freeze` },
    });
    await prisma.webhookEndpoint.update({
      where: { id: hook.endpoint.id },
      data: { url: `${backend.url}/beacon/webhooks` },
    });

    const identityToken = await (await fetch(`${backend.url}/beacon/identity-token`)).text();
    const identified = await (
      await identify(request("/api/v1/identity", { body: { token: identityToken, site: site.key } }), noParams)
    ).json();
    expect(identified.user).toMatchObject({ externalId: userId, vipLevel: 3, verified: true });

    const headers = { "x-beacon-guest": identified.sessionToken, "x-beacon-site": site.key };
    const { conversation } = await (
      await startChat(
        request("/api/v1/conversations", {
          body: { message: { clientId: randomUUID(), body: "My account was hacked" } },
          headers,
        }),
        noParams,
      )
    ).json();
    await prisma.conversation.update({
      where: { id: conversation.id },
      data: { priority: "URGENT", status: "QUEUED", queuedAt: new Date() },
    });
    const agent = await createActor({ role: "AGENT", name: "Security Agent" });
    await acceptConversation({ actor: agent, conversationId: conversation.id });
    const context = await getCustomerContext({ actor: agent, conversationId: conversation.id });
    expect(context).toMatchObject({
      verified: true,
      vipLevel: 3,
      profile: { uid: "UID-88231", kycLevel: 2, region: "SG" },
    });

    const ran = await runOnChat(
      request(`/api/v1/conversations/${conversation.id}/account-actions`, {
        body: { actionId: action.action.id, confirm: true },
        cookie: await sessionCookie(agent.id),
      }),
      withParams({ conversationId: conversation.id }),
    );
    expect((await ran.json()).run).toMatchObject({ status: "SUCCEEDED", statusCode: 200 });
    const { calls } = await (await fetch(`${backend.url}/beacon/calls`)).json();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ action: "freeze", body: { customer: { externalId: userId, uid: "UID-88231" } } });

    const customer = toActor(await prisma.user.findUniqueOrThrow({ where: { externalId: userId } }));
    const { messages } = await findMessages({
      actor: customer,
      conversationId: conversation.id,
      afterSeq: 0,
      limit: 50,
    });
    expect(messages.at(-1)?.meta).toMatchObject({ event: "account_action", notice: { en: "Your account was frozen" } });

    const ids = (await prisma.webhookDelivery.findMany({ where: { endpointId: hook.endpoint.id } })).map((d) => d.id);
    expect(await sendWebhooks({ ids })).toMatchObject({ sent: 1 });
    const { webhooks } = await (await fetch(`${backend.url}/beacon/webhooks`)).json();
    expect(webhooks.map((w: { event: string }) => w.event)).toEqual(["customer.identified"]);
  });
});
