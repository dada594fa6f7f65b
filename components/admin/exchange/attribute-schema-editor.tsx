"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

/** The customer attribute schema as JSON: `[{ "key": "tier", "label": "Tier", "type": "enum", "values": ["gold"] }]`. */
export function AttributeSchemaEditor({
  initial,
  save,
}: {
  initial: unknown[];
  save(input: unknown): Promise<ActionResult<null>>;
}) {
  const t = useTranslations("exchange.admin");
  const [text, setText] = useState(JSON.stringify(initial, null, 2));
  const [invalid, setInvalid] = useState<string | undefined>();
  const { pending, run } = useAction();
  return (
    <form
      className="space-y-3 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch {
          return setInvalid(t("schemaInvalidJson"));
        }
        setInvalid(undefined);
        run(
          () => save(input),
          () => toast.success(t("saved")),
        );
      }}
    >
      <TextAreaField
        id="attribute-schema"
        label={t("schemaLabel")}
        hint={t("schemaHint")}
        value={text}
        error={invalid}
        rows={8}
        className="font-mono text-xs"
        onChange={(e) => setText(e.target.value)}
      />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
