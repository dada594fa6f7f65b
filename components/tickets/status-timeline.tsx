import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TicketStatus } from "@/lib/contracts/ticket";

const STEPS = ["received", "inProgress", "waiting", "solved"] as const;

function currentStep(status: TicketStatus): number {
  if (status === "NEW") return 0;
  if (status === "PENDING") return 2;
  if (status === "SOLVED" || status === "CLOSED") return 3;
  return 1;
}

/** Received → In progress → Waiting for you → Solved, with the ticket's current step marked. */
export function StatusTimeline({ status }: { status: TicketStatus }) {
  const t = useTranslations("tickets.detail");
  const now = currentStep(status);
  return (
    <ol className="grid grid-cols-4 gap-1" aria-label={t("timeline")} data-testid="status-timeline">
      {STEPS.map((step, index) => {
        const done = index < now || (index === now && index === 3);
        const active = index === now;
        const skipped = step === "waiting" && now === 3;
        return (
          <li
            key={step}
            className="relative flex flex-col items-center text-center"
            aria-current={active ? "step" : undefined}
          >
            {index > 0 ? (
              <span
                aria-hidden
                className={`absolute top-3.5 right-1/2 h-0.5 w-full ${index <= now ? "bg-brand-500" : "bg-slate-200"}`}
              />
            ) : null}
            <span
              className={`relative z-10 flex size-7 items-center justify-center rounded-full text-xs font-semibold ring-4 ring-white ${
                done
                  ? "bg-brand-600 text-white"
                  : active
                    ? "bg-brand-100 text-brand-800 ring-brand-50"
                    : "bg-slate-200 text-slate-500"
              } ${skipped ? "opacity-60" : ""}`}
            >
              {done ? <Check aria-hidden className="size-4" /> : index + 1}
            </span>
            <span className={`mt-2 text-xs sm:text-sm ${active ? "font-semibold text-slate-900" : "text-slate-500"}`}>
              {t(`step.${step}`)}
              {active ? <span className="sr-only"> ({t("stepNow")})</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
