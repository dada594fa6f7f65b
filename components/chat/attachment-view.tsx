"use client";

import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useApi } from "@/lib/client/hooks";
import type { AttachmentDto } from "@/lib/contracts/attachment";

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file's URL as this page may load it: directly with cookies, or fetched with the widget's guest header. */
function useFileUrl(attachment: AttachmentDto, guestToken?: string | null): string | null {
  const api = useApi();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!guestToken) return;
    let revoked = false;
    let created: string | null = null;
    // An <img> cannot send the guest header: fetch the file with it and show a local URL.
    void api.file(attachment.url, { guestToken }).then((result) => {
      if (!result.ok) return setObjectUrl(null);
      const url = URL.createObjectURL(result.blob);
      created = url;
      if (revoked) URL.revokeObjectURL(url);
      else setObjectUrl(url);
    });
    return () => {
      revoked = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [attachment.url, guestToken, api]);
  return guestToken ? objectUrl : attachment.url;
}

/** An image shown as a preview (opens full size), or a PDF as a named file chip. */
export function AttachmentView({
  attachment,
  guestToken,
  mine,
}: {
  attachment: AttachmentDto;
  guestToken?: string | null;
  mine?: boolean;
}) {
  const t = useTranslations("chat");
  const url = useFileUrl(attachment, guestToken);
  if (attachment.mimeType.startsWith("image/")) {
    return (
      <a
        href={url ?? undefined}
        target="_blank"
        rel="noopener noreferrer"
        className="block overflow-hidden rounded-xl"
        title={t("openImage", { name: attachment.filename })}
      >
        {url ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, authorised file, not a static asset
          <img
            src={url}
            alt={attachment.filename}
            className="max-h-60 w-auto max-w-full rounded-xl bg-slate-100 object-contain"
            data-testid="attachment-image"
          />
        ) : (
          <span className="block h-32 w-48 animate-pulse rounded-xl bg-slate-200" aria-label={attachment.filename} />
        )}
      </a>
    );
  }
  return (
    <a
      href={url ?? undefined}
      target="_blank"
      rel="noopener noreferrer"
      className={`flex max-w-64 items-center gap-2.5 rounded-xl border px-3 py-2 text-sm ${mine ? "border-white/30 bg-white/10 text-white" : "border-slate-200 bg-white text-slate-800 hover:bg-slate-50"}`}
    >
      <FileText aria-hidden className="size-6 shrink-0" />
      <span className="min-w-0">
        <span className="block truncate font-medium">{attachment.filename}</span>
        <span className={`text-xs ${mine ? "text-white/75" : "text-slate-500"}`}>
          {`PDF · ${formatSize(attachment.size)}`}
        </span>
      </span>
    </a>
  );
}
