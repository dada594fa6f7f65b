import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import http from "node:http";
import https from "node:https";
import { isPrivateAddress, privateAddressesAllowed } from "./address-policy";

export type PostResult = { status: number | null; body: string; error: string | null; durationMs: number };

const TIMEOUT_MS = 10_000;
const MAX_BODY = 64 * 1024;

/** Resolves like Node does, then refuses a private address at the moment of connecting (no DNS rebinding). */
function guardedLookup(
  hostname: string,
  options: object,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    if (!privateAddressesAllowed() && list.some((a) => isPrivateAddress(a.address))) {
      return callback(Object.assign(new Error(`refused private address for ${hostname}`), { code: "EPRIVATE" }), []);
    }
    const wantsAll = (options as { all?: boolean }).all;
    return wantsAll ? callback(null, list) : callback(null, list[0].address, list[0].family);
  });
}

/**
 * POSTs a JSON body with the given headers: no redirects followed, a 10 s timeout, at most 64 kB of the answer
 * kept. Never throws: the outcome (status or error) is the result.
 */
export function postSigned(url: string, body: string, headers: Record<string, string>): Promise<PostResult> {
  const started = performance.now();
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  const done = (status: number | null, text: string, error: string | null): PostResult => ({
    status,
    body: text,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  // An address literal is never looked up, so it is checked here.
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !privateAddressesAllowed() && isPrivateAddress(host))
    return Promise.resolve(done(null, "", `refused private address ${host}`));
  return new Promise((resolve) => {
    const req = client.request(
      target,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Beacon-Webhooks/1",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
        lookup: guardedLookup as never,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (text.length < MAX_BODY) text += chunk;
        });
        res.on("end", () => resolve(done(res.statusCode ?? null, text.slice(0, MAX_BODY), null)));
        res.on("error", (error) => resolve(done(res.statusCode ?? null, text, error.message)));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out after 10 s")));
    req.on("error", (error) => resolve(done(null, "", error.message)));
    req.end(body);
  });
}
