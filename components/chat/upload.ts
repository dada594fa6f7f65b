"use client";

import { GUEST_HEADER } from "@/lib/auth/guest-header";
import type { AttachmentDto } from "@/lib/contracts/attachment";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = "image/png,image/jpeg,image/gif,image/webp,application/pdf";

export class UploadError extends Error {}

/** Uploads one chat file with progress; the server sniffs the type and answers with the stored attachment. */
export function uploadAttachment(
  file: File,
  options: { guestToken?: string | null; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<AttachmentDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/attachments?purpose=chat");
    if (options.guestToken) xhr.setRequestHeader(GUEST_HEADER, options.guestToken);
    xhr.upload.onprogress = (event) => event.lengthComputable && options.onProgress?.(event.loaded / event.total);
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { attachment?: AttachmentDto; error?: { message: string } };
        if (xhr.status === 201 && body.attachment) resolve(body.attachment);
        else reject(new UploadError(body.error?.message ?? xhr.statusText));
      } catch {
        reject(new UploadError(xhr.statusText || "upload failed"));
      }
    };
    xhr.onerror = () => reject(new UploadError(""));
    xhr.onabort = () => reject(new UploadError("aborted"));
    options.signal?.addEventListener("abort", () => xhr.abort());
    const form = new FormData();
    form.set("file", file);
    xhr.send(form);
  });
}

/** Fetches a protected file with the guest header (an <img> cannot send it) and gives a local URL for it. */
export async function fetchAsObjectUrl(url: string, guestToken: string): Promise<string> {
  const response = await fetch(url, { headers: { [GUEST_HEADER]: guestToken } });
  if (!response.ok) throw new Error(String(response.status));
  return URL.createObjectURL(await response.blob());
}
