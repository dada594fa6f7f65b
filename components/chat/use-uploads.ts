"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useApi } from "@/lib/client/hooks";
import type { AttachmentDto } from "@/lib/contracts/attachment";
import { isAcceptedType, MAX_UPLOAD_BYTES } from "./upload";

export type Upload = { key: string; name: string; progress: number; attachment?: AttachmentDto; error?: string };

/** Files being attached to the next message: uploaded at once, with progress, checked before and by the server. */
export function useUploads(guestToken?: string | null) {
  const t = useTranslations("chat.composer");
  const api = useApi();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        const tooBig = file.size > MAX_UPLOAD_BYTES;
        const wrongType = file.type && !isAcceptedType(file.type);
        const error = tooBig ? t("tooLarge") : wrongType ? t("wrongType") : undefined;
        setUploads((list) => [...list, { key, name: file.name || t("pastedImage"), progress: 0, error }]);
        if (error) continue;
        // The server sniffs the type and answers with the stored attachment.
        void api
          .upload<{ attachment: AttachmentDto }>("/api/v1/attachments?purpose=chat", file, {
            guestToken,
            onProgress: (progress) => patch(key, { progress }),
          })
          .then((result) =>
            patch(
              key,
              result.ok
                ? { attachment: result.attachment, progress: 1 }
                : { error: result.code === "NETWORK" ? t("uploadFailed") : result.message },
            ),
          );
      }
    },
    [guestToken, t, api],
  );

  const remove = (key: string) => setUploads((list) => list.filter((u) => u.key !== key));
  const clear = () => setUploads([]);
  const ready = uploads.filter((u) => u.attachment).map((u) => u.attachment!);
  const busy = uploads.some((u) => !u.attachment && !u.error);
  return { uploads, add, remove, clear, ready, busy };
}
