"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import type { MailboxDto } from "@/lib/contracts/inbound-mail";
import { EditableRow } from "../editable-row";
import { MailboxForm, type SaveMailbox, type TopicOption } from "./mailbox-form";

/** The mailboxes with how reading goes, each opening into its form. */
export function MailboxList({
  mailboxes,
  topics,
  save,
  remove,
}: {
  mailboxes: MailboxDto[];
  topics: TopicOption[];
  save: SaveMailbox;
  remove: (id: string) => Promise<ActionResult>;
}) {
  const t = useTranslations("inboundMail.admin");
  const format = useFormatter();
  if (mailboxes.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="mailbox-list">
      {mailboxes.map((box) => (
        <EditableRow
          key={box.id}
          labels={{
            edit: t("edit"),
            cancel: t("cancel"),
            delete: t("delete"),
            deleteConfirm: t("deleteConfirm"),
            deleted: t("deleted"),
          }}
          remove={() => remove(box.id)}
          form={(close) => <MailboxForm id={box.id} initial={box} topics={topics} save={save} done={close} />}
          summary={
            <>
              <p className="font-medium text-slate-900">
                {box.name} <span className="font-normal text-slate-500">{box.address}</span>
              </p>
              <p className="mt-1 text-xs text-slate-500">
                {!box.active
                  ? t("off")
                  : box.imapHost
                    ? t("viaImap", { host: `${box.imapHost}:${box.imapPort}`, folder: box.imapFolder })
                    : t("viaSmtp")}
                {box.imapHost && box.active ? ` · ${box.reading ? t("reading") : t("notReading")}` : null}
                {box.lastSyncAt
                  ? ` · ${t("lastSync", { when: format.dateTime(new Date(box.lastSyncAt), { dateStyle: "short", timeStyle: "medium" }) })}`
                  : null}
              </p>
              {box.lastError ? (
                <p className="mt-1 text-xs text-red-700" role="status">
                  {t("lastError", { error: box.lastError })}
                </p>
              ) : null}
            </>
          }
        />
      ))}
    </ul>
  );
}
