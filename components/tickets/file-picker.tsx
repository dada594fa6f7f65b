"use client";

import { FileText, ImageIcon, Paperclip, Video, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { Api } from "@/lib/client/hooks";
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from "@/lib/contracts/attachment";
import { MAX_TICKET_ATTACHMENTS } from "@/lib/contracts/ticket";

const MAX_FILE_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;
const ACCEPTED_TYPES: readonly string[] = ALLOWED_TYPES.ticket;
// Some browsers know .mov files by their extension only.
const ACCEPT = [...ACCEPTED_TYPES, ".mov"].join(",");

export type PickedFile = { key: string; file: File; uploadedId?: string; error?: string; uploading?: boolean };

const icon = (type: string) => (type.startsWith("image/") ? ImageIcon : type.startsWith("video/") ? Video : FileText);
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Up to five files, 10 MB each, checked here for a quick answer (the server sniffs the bytes and has the last word).
 * The drop zone is the file input's label, so it works with the keyboard and screen readers.
 */
export function FilePicker({
  files,
  onChange,
  disabled,
  compact = false,
}: {
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  disabled?: boolean;
  /** A small "Attach files" button instead of the drop zone (reply boxes). */
  compact?: boolean;
}) {
  const t = useTranslations("tickets.form");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  function add(list: FileList | null) {
    if (!list) return;
    const next = [...files];
    let message: string | null = null;
    for (const file of Array.from(list)) {
      if (next.length >= MAX_TICKET_ATTACHMENTS) message = t("tooManyFiles", { max: MAX_TICKET_ATTACHMENTS });
      else if (file.size > MAX_ATTACHMENT_BYTES) message = t("fileTooBig", { name: file.name, maxMb: MAX_FILE_MB });
      else if (file.type && !ACCEPTED_TYPES.includes(file.type)) message = t("fileTypeNotAllowed", { name: file.name });
      else next.push({ key: `${file.name}-${file.size}-${file.lastModified}-${Math.random()}`, file });
    }
    setNotice(message);
    onChange(next);
    if (input.current) input.current.value = "";
  }

  return (
    <div className="space-y-2">
      <span className={compact ? "sr-only" : "block text-sm font-medium text-slate-700"} id={`${id}-label`}>
        {t("attachments")}
      </span>
      <label
        htmlFor={id}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!disabled) add(e.dataTransfer.files);
        }}
        title={compact ? t("attachmentsHint", { max: MAX_TICKET_ATTACHMENTS, maxMb: MAX_FILE_MB }) : undefined}
        className={
          compact
            ? `inline-flex h-8 cursor-pointer items-center gap-1.5 rounded-md px-2 text-sm text-slate-600 focus-within:ring-2 focus-within:ring-brand-300 hover:bg-slate-100 ${over ? "bg-brand-50" : ""} ${disabled ? "pointer-events-none opacity-60" : ""}`
            : `flex cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed px-4 py-5 text-center text-sm transition-colors focus-within:border-brand-500 ${over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50 hover:bg-slate-100"} ${disabled ? "pointer-events-none opacity-60" : ""}`
        }
      >
        <span className={`inline-flex items-center gap-2 font-medium ${compact ? "" : "text-brand-700"}`}>
          <Paperclip aria-hidden className="size-4" />
          {t("addFiles")}
        </span>
        {compact ? null : <span className="text-slate-500">{t("dropFiles")}</span>}
        {compact ? null : (
          <span className="text-xs text-slate-500">
            {t("attachmentsHint", { max: MAX_TICKET_ATTACHMENTS, maxMb: MAX_FILE_MB })}
          </span>
        )}
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          disabled={disabled}
          aria-labelledby={`${id}-label`}
          onChange={(e) => add(e.target.files)}
          data-testid="ticket-files"
        />
      </label>
      {notice ? (
        <p aria-live="polite" className="text-sm text-red-600">
          {notice}
        </p>
      ) : (
        <p aria-live="polite" className="sr-only" />
      )}
      {files.length ? (
        <ul className="space-y-1.5">
          {files.map((picked) => {
            const Icon = icon(picked.file.type);
            return (
              <li
                key={picked.key}
                className={`flex items-center gap-3 rounded-lg border px-3 py-2 text-sm ${picked.error ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
              >
                <Icon aria-hidden className="size-4 shrink-0 text-slate-500" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-slate-800">{picked.file.name}</span>
                  <span className={`block text-xs ${picked.error ? "text-red-700" : "text-slate-500"}`}>
                    {picked.error ??
                      (picked.uploading ? t("uploading", { name: picked.file.name }) : size(picked.file.size))}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => onChange(files.filter((f) => f.key !== picked.key))}
                  className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
                  aria-label={t("removeFile", { name: picked.file.name })}
                  disabled={disabled}
                >
                  <X aria-hidden className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** Uploads the files not yet uploaded; returns their ids, or marks the refused ones and returns null. */
export async function uploadAll(
  api: Api,
  files: PickedFile[],
  update: (files: PickedFile[]) => void,
  refused: (name: string) => string,
): Promise<string[] | null> {
  const current = [...files];
  let failed = false;
  for (let i = 0; i < current.length; i++) {
    if (current[i].uploadedId) continue;
    current[i] = { ...current[i], uploading: true, error: undefined };
    update([...current]);
    const form = new FormData();
    form.set("file", current[i].file);
    const result = await api.request<{ attachment: { id: string } }>("/api/v1/attachments?purpose=ticket", { form });
    if (result.ok) current[i] = { ...current[i], uploading: false, uploadedId: result.attachment.id };
    else
      current[i] = {
        ...current[i],
        uploading: false,
        error: result.code === "UNSUPPORTED_MEDIA_TYPE" ? refused(current[i].file.name) : result.message,
      };
    if (!result.ok) failed = true;
    update([...current]);
  }
  return failed ? null : current.map((f) => f.uploadedId!);
}
