"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** Tries a failed item again (a mail to send, a mail to import) and says how it went in a toast. */
export function RetryButton({
  retry,
  label,
  done,
}: {
  retry: () => Promise<{ ok: boolean; message?: string }>;
  label: string;
  done: string;
}) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      size="sm"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await retry();
          if (result.ok) toast.success(done);
          else toast.error(result.message ?? label);
        })
      }
    >
      {label}
    </Button>
  );
}
