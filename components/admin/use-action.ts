"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/http/action";

/** Runs a server action from a form: pending state, field errors from the answer, and a toast when it is refused. */
export function useAction() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  function run<T>(call: () => Promise<ActionResult<T>>, done?: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setFields(result.fields ?? {});
        return void toast.error(result.message);
      }
      setFields({});
      done?.(result.data);
    });
  }
  return { fields, pending, run };
}
