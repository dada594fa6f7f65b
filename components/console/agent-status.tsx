"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import type { AgentStatus as Status } from "@/lib/contracts/chat";
import { useCommand } from "@/lib/client/hooks";
import { getSocket, on } from "@/lib/realtime/client";

const STATUSES: Status[] = ["ONLINE", "AWAY", "OFFLINE"];
const DOT: Record<Status, string> = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-400" };

/** The agent's presence, set over the socket (or by a supervisor, seen live); also shows whether the console is live. */
export function AgentStatus({ me, initial }: { me: string; initial: Status }) {
  const t = useTranslations("console");
  const [status, setStatus] = useState<Status>(initial);
  const [connected, setConnected] = useState(false);
  const send = useCommand();

  useEffect(() => {
    const socket = getSocket();
    const up = () => setConnected(true);
    const offs = [
      on(socket, "connect", up),
      on(socket, "disconnect", () => setConnected(false)),
      on(socket, "agent.status.changed", (event) => event.agentId === me && setStatus(event.status)),
    ];
    if (socket.connected) up();
    return () => offs.forEach((off) => off());
  }, [me]);

  async function change(next: Status) {
    const previous = status;
    setStatus(next);
    const result = await send(getSocket(), "agent.status.set", { status: next });
    if (result.ok) return setStatus(result.status);
    setStatus(previous);
    toast.error(t("statusFailed", { message: result.message }));
  }

  return (
    <div className="space-y-2">
      <label className="block text-xs font-medium tracking-wide text-slate-400 uppercase" htmlFor="agent-status">
        {t("status")}
      </label>
      <div className="flex items-center gap-2">
        <span aria-hidden className={`size-2.5 rounded-full ${DOT[status]}`} />
        <select
          id="agent-status"
          value={status}
          onChange={(event) => change(event.target.value as Status)}
          className="flex-1 rounded-md border border-slate-700 bg-slate-800 px-2 py-1.5 text-sm text-white"
          data-testid="agent-status"
        >
          {STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`status_${option}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-slate-400" aria-live="polite" data-testid="socket-state">
        {connected ? t("connected") : t("disconnected")}
      </p>
    </div>
  );
}
