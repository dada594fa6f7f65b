"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Checkbox } from "@/components/ui/field";
import { LocalizedFields } from "@/components/ui/localized-fields";
import type { AccountActionDto } from "@/lib/contracts/account-action";
import type { ActionResult } from "@/lib/http/action";
import { localize } from "@/lib/i18n/locales";
import { useAction } from "../use-action";

type Fields = Omit<AccountActionDto, "id">;
type Props = {
  actions: AccountActionDto[];
  create(input: unknown): Promise<ActionResult<{ secret: string }>>;
  update(actionId: string, input: unknown): Promise<ActionResult<null>>;
  remove(actionId: string): Promise<ActionResult<null>>;
};

const BLANK: Fields = { key: "", name: {}, notice: {}, url: "", active: true };

function ActionForm({
  id,
  initial,
  save,
}: {
  id: string | null;
  initial: Fields;
  save(input: unknown): Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("exchange.actions");
  const [form, setForm] = useState(initial);
  const { fields, pending, run } = useAction();
  const prefix = id ?? "new-action";
  const field = (name: "key" | "url", extra: object = {}) => (
    <Field
      id={`${prefix}-${name}`}
      label={t(name)}
      value={form[name]}
      error={fields[name]}
      required
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      {...extra}
    />
  );
  return (
    <form
      className="space-y-3 p-4"
      onSubmit={(e) => (
        e.preventDefault(),
        run(
          () => save(form),
          () => toast.success(t("saved")),
        )
      )}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <LocalizedFields
          name="name"
          idPrefix={`${prefix}-`}
          label={t("name")}
          required
          value={form.name}
          errors={fields}
          onChange={(name) => setForm({ ...form, name })}
        />
        <LocalizedFields
          name="notice"
          idPrefix={`${prefix}-`}
          label={t("notice")}
          hint={t("noticeHint")}
          required
          value={form.notice}
          errors={fields}
          onChange={(notice) => setForm({ ...form, notice })}
        />
        {field("key", { readOnly: Boolean(id) })}
        {field("url", { type: "url" })}
      </div>
      <div className="flex items-center justify-between">
        <Checkbox
          label={t("active")}
          checked={form.active}
          onChange={(checked) => setForm({ ...form, active: checked })}
        />
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}

/** What the desk may ask the exchange to do on urgent cases, and what the customer is told. */
export function AccountActions({ actions, create, update, remove }: Props) {
  const t = useTranslations("exchange.actions");
  const locale = useLocale();
  const [secret, setSecret] = useState<string | null>(null);
  const { pending, run } = useAction();
  const createAndShow = async (input: unknown) => {
    const result = await create(input);
    if (result.ok) setSecret(result.data.secret);
    return result;
  };
  return (
    <div className="divide-y divide-slate-100">
      <ActionForm id={null} initial={BLANK} save={createAndShow} />
      {secret ? (
        <div role="status" className="m-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">{t("secretOnce")}</p>
          <code className="mt-1 block font-mono text-xs break-all" data-testid="action-secret">
            {secret}
          </code>
        </div>
      ) : null}
      {actions.map((action) => (
        <div key={action.id}>
          <ActionForm id={action.id} initial={action} save={(input) => update(action.id, input)} />
          <div className="px-4 pb-4">
            <Button
              type="button"
              size="sm"
              variant="secondary"
              disabled={pending}
              onClick={() =>
                window.confirm(t("confirmDelete", { name: localize(action.name, locale) })) &&
                run(
                  () => remove(action.id),
                  () => toast.success(t("deleted")),
                )
              }
            >
              {t("delete")}
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
