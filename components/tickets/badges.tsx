import { useTranslations } from "next-intl";
import type { TicketStatus } from "@/lib/contracts/ticket";

const AGENT_STATUS: Record<TicketStatus, string> = {
  NEW: "bg-amber-100 text-amber-800 ring-amber-200",
  OPEN: "bg-rose-100 text-rose-800 ring-rose-200",
  PENDING: "bg-sky-100 text-sky-800 ring-sky-200",
  ON_HOLD: "bg-slate-800 text-white ring-slate-800",
  SOLVED: "bg-emerald-100 text-emerald-800 ring-emerald-200",
  CLOSED: "bg-slate-100 text-slate-600 ring-slate-200",
};

const CUSTOMER_STATUS: Record<TicketStatus, string> = {
  NEW: "bg-slate-100 text-slate-700 ring-slate-200",
  OPEN: "bg-amber-100 text-amber-800 ring-amber-200",
  ON_HOLD: "bg-amber-100 text-amber-800 ring-amber-200",
  PENDING: "bg-violet-100 text-violet-800 ring-violet-200",
  SOLVED: "bg-emerald-100 text-emerald-800 ring-emerald-200",
  CLOSED: "bg-slate-100 text-slate-600 ring-slate-200",
};

const PRIORITY: Record<string, string> = {
  LOW: "text-slate-500",
  NORMAL: "text-sky-700",
  HIGH: "text-amber-700",
  URGENT: "text-red-700 font-semibold",
};

const pill =
  "inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset";

/** A ticket's status: the agents' words in the console, the customer's words ("Waiting for you") in the portal. */
export function StatusBadge({ status, audience }: { status: TicketStatus; audience: "agent" | "customer" }) {
  const t = useTranslations("tickets");
  const label = audience === "agent" ? t(`agentStatus.${status}`) : t(`status.${status}`);
  return (
    <span
      className={`${pill} ${(audience === "agent" ? AGENT_STATUS : CUSTOMER_STATUS)[status]}`}
      data-testid="ticket-status"
    >
      {label}
    </span>
  );
}

export function PriorityLabel({ priority }: { priority: string }) {
  const t = useTranslations("priority");
  return (
    <span className={`inline-flex items-center gap-1.5 text-xs whitespace-nowrap ${PRIORITY[priority] ?? ""}`}>
      <span
        aria-hidden
        className={`size-2 rounded-full ${priority === "URGENT" ? "bg-red-600" : priority === "HIGH" ? "bg-amber-500" : priority === "NORMAL" ? "bg-sky-500" : "bg-slate-300"}`}
      />
      {t(priority as "LOW")}
    </span>
  );
}
