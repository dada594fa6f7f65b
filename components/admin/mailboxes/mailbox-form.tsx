"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, SelectField, Checkbox } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import type { MailboxDto } from "@/lib/contracts/inbound-mail";
import { useAction } from "../use-action";

export type SaveMailbox = (mailboxId: string | null, input: unknown) => Promise<ActionResult>;
export type TopicOption = { id: string; name: string };
type Initial = Pick<
  MailboxDto,
  | "name"
  | "address"
  | "imapHost"
  | "imapPort"
  | "imapSecure"
  | "imapUser"
  | "imapFolder"
  | "topicId"
  | "active"
  | "hasPassword"
>;

export const BLANK_MAILBOX: Initial = {
  name: "",
  address: "",
  imapHost: "",
  imapPort: 993,
  imapSecure: true,
  imapUser: "",
  imapFolder: "INBOX",
  topicId: null,
  active: true,
  hasPassword: false,
};

/** A mailbox's address and, to read it over IMAP, its server and login (without a server, the SMTP receiver takes its mail). */
export function MailboxForm({
  id,
  initial,
  topics,
  save,
  done,
}: {
  id: string | null;
  initial: Initial;
  topics: TopicOption[];
  save: SaveMailbox;
  done?: () => void;
}) {
  const t = useTranslations("inboundMail.admin");
  const [form, setForm] = useState({
    ...initial,
    imapHost: initial.imapHost ?? "",
    imapUser: initial.imapUser ?? "",
    topicId: initial.topicId ?? "",
    imapPassword: "",
  });
  const { fields, pending, run } = useAction();
  const key = id ?? "new";
  const text = (name: "name" | "address" | "imapHost" | "imapUser" | "imapPassword" | "imapFolder") => ({
    id: `${key}-${name}`,
    label: t(name),
    value: form[name],
    error: fields[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => save(id, form),
          () => {
            toast.success(t("saved"));
            if (!id) setForm({ ...form, name: "", address: "", imapHost: "", imapUser: "", imapPassword: "" });
            done?.();
          },
        );
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Field {...text("name")} maxLength={80} required />
        <Field {...text("address")} type="email" maxLength={254} required hint={t("addressHint")} />
        <Field {...text("imapHost")} maxLength={253} hint={t("imapHostHint")} />
        <Field
          id={`${key}-imapPort`}
          type="number"
          min={1}
          max={65535}
          label={t("imapPort")}
          value={form.imapPort}
          error={fields.imapPort}
          onChange={(e) => setForm({ ...form, imapPort: Number(e.target.value) })}
        />
        <Field {...text("imapUser")} maxLength={254} autoComplete="off" />
        <Field
          {...text("imapPassword")}
          type="password"
          maxLength={500}
          autoComplete="new-password"
          hint={initial.hasPassword ? t("passwordKept") : undefined}
        />
        <Field {...text("imapFolder")} maxLength={200} />
        <SelectField
          id={`${key}-topicId`}
          label={t("topic")}
          hint={t("topicHint")}
          value={form.topicId}
          error={fields.topicId}
          onChange={(e) => setForm({ ...form, topicId: e.target.value })}
        >
          <option value="">{t("topicFromSubject")}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex gap-4">
          <Checkbox
            label={t("imapSecure")}
            checked={form.imapSecure}
            onChange={(checked) => setForm({ ...form, imapSecure: checked })}
          />
          <Checkbox
            label={t("active")}
            checked={form.active}
            onChange={(checked) => setForm({ ...form, active: checked })}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}
