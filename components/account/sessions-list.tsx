"use client";

import { signOut } from "next-auth/react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { SessionDto } from "@/lib/contracts/auth";
import { useApi } from "@/lib/client/hooks";

/** This account's signed-in browsers, and "sign out everywhere" (this one too). */
export function SessionsList({ sessions }: { sessions: SessionDto[] }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const api = useApi();
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="sessions">
        {sessions.map((session) => (
          <li
            key={session.id}
            className="flex flex-col gap-1 p-3 text-sm sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-800">{session.userAgent || t("unknownDevice")}</p>
              <p className="text-slate-500">
                {t("sessionMeta", {
                  ip: session.ip ?? "—",
                  signedIn: format.dateTime(new Date(session.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            </div>
            <span className="shrink-0 text-slate-600">
              {session.current
                ? t("thisDevice")
                : t("lastSeen", { when: format.relativeTime(new Date(session.lastSeenAt), now) })}
            </span>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await api.request("/api/v1/me/sessions", { method: "DELETE" });
            if (result.ok) await signOut({ callbackUrl: "/login" });
          })
        }
      >
        {t("signOutEverywhere")}
      </Button>
    </div>
  );
}
