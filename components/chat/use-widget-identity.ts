"use client";

import { useEffect, useState } from "react";
import { api, ApiError } from "./api";

export type IdentityState = { status: "idle" | "verifying" } | { status: "failed"; message: string };
type Verified = { sessionToken: string };

/**
 * The exchange's page hands its identity token to the widget (`BeaconChat.identify`, relayed by the loader through
 * postMessage from the parent window only). It is exchanged for a widget session; `onSession` adopts it.
 */
export function useWidgetIdentity(site: string | null, onSession: (sessionToken: string) => Promise<void>) {
  const [state, setState] = useState<IdentityState>({ status: "idle" });
  useEffect(() => {
    const listener = (event: MessageEvent<{ type?: string; token?: unknown }>) => {
      if (event.source !== window.parent || event.data?.type !== "beacon:identify" || typeof event.data.token !== "string") return;
      const token = event.data.token;
      setState({ status: "verifying" });
      api<Verified>("/api/v1/identity", { body: { token, ...(site ? { site } : {}) } })
        .then((result) => onSession(result.sessionToken))
        .then(() => setState({ status: "idle" }))
        .catch((error: unknown) => {
          const message = error instanceof ApiError ? error.message : String(error);
          setState({ status: "failed", message });
          window.parent.postMessage({ type: "beacon:identity-error", code: error instanceof ApiError ? error.code : "INTERNAL", message }, "*");
        });
    };
    window.addEventListener("message", listener);
    return () => window.removeEventListener("message", listener);
  }, [site, onSession]);
  return state;
}
