"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { StaffRole } from "@/lib/auth/actor";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";
import { TeamCheckboxes, type TeamOption } from "./team-checkboxes";

type Input = { email: string; name: string; role: StaffRole; teamIds: string[] };
type Added = { email: string; promoted: boolean; invited: boolean };
const EMPTY: Input = { email: "", name: "", role: "AGENT", teamIds: [] };

/** Gives a person console access: a new address is emailed an invitation link to choose a password. */
export function AddStaffForm({
  teams,
  add,
}: {
  teams: TeamOption[];
  add: (input: Input) => Promise<ActionResult<Added>>;
}) {
  const t = useTranslations("adminTeams");
  const [form, setForm] = useState<Input>(EMPTY);
  const [added, setAdded] = useState<Added | null>(null);
  const { fields, pending, run } = useAction();

  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => add(form),
          (data) => (setAdded(data), setForm(EMPTY)),
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_10rem]">
        <Field
          id="staff-email"
          type="email"
          label={t("email")}
          value={form.email}
          error={fields.email}
          required
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <Field
          id="staff-name"
          label={t("name")}
          value={form.name}
          error={fields.name}
          required
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <SelectField
          id="staff-role"
          label={t("colRole")}
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as Input["role"] })}
        >
          <option value="AGENT">{t("roleAGENT")}</option>
          <option value="SUPERVISOR">{t("roleSUPERVISOR")}</option>
          <option value="ADMIN">{t("roleADMIN")}</option>
        </SelectField>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-slate-700">{t("colTeams")}</p>
        <TeamCheckboxes
          teams={teams}
          value={form.teamIds}
          onChange={(teamIds) => setForm({ ...form, teamIds })}
          label={t("colTeams")}
        />
        {fields.teamIds ? <p className="text-sm text-red-600">{fields.teamIds}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
      {added ? (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>{t(added.invited ? "invited" : "promoted", { email: added.email })}</p>
        </div>
      ) : null}
    </form>
  );
}
