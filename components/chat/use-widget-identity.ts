"use client";

import { useEffect, useState } from "react";
import { useApi } from "@/lib/client/hooks";

export type IdentityState = { status: "idle" | "verifying" } | { status: "failed"; message: string };
type Verified = { sessionToken: string };

/**
 * The exchange's page hands its identity token to the widget (`BeaconChat.identify`, relayed by the loader through
 * postMessage from the parent window only). It is exchanged for a widget session; `onSession` adopts it.
 */
export function useWidgetIdentity(
  site: string | null,
  hostOrigin: string | null,
  onSession: (sessionToken: string) => Promise<boolean>,
) {
  const [state, setState] = useState<IdentityState>({ status: "idle" });
  const api = useApi();
  useEffect(() => {
    const listener = (event: MessageEvent<{ type?: string; token?: unknown }>) => {
      if (
        event.source !== window.parent ||
        event.origin !== hostOrigin ||
        event.data?.type !== "beacon:identify" ||
        typeof event.data.token !== "string"
      )
        return;
      const token = event.data.token;
      setState({ status: "verifying" });
      void api
        .request<Verified>("/api/v1/identity", { body: { token, ...(site ? { site } : {}) } })
        .then(async (result) => {
          if (result.ok && (await onSession(result.sessionToken))) return setState({ status: "idle" });
          const failure = result.ok ? { code: "NETWORK", message: api.offline } : result;
          setState({ status: "failed", message: failure.message });
          if (hostOrigin)
            window.parent.postMessage(
              { type: "beacon:identity-error", code: failure.code, message: failure.message },
              hostOrigin,
            );
        });
    };
    window.addEventListener("message", listener);
    return () => window.removeEventListener("message", listener);
  }, [site, hostOrigin, onSession, api]);
  return state;
}
