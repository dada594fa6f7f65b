import { FileText, Video } from "lucide-react";
import type { AttachmentDto } from "@/lib/contracts/attachment";

const isImage = (mime: string) => mime.startsWith("image/");
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files on a thread entry: image thumbnails, other files as chips; each opens in a new tab. */
export function AttachmentList({ files }: { files: AttachmentDto[] }) {
  if (!files.length) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <a
            href={file.url}
            target="_blank"
            rel="noreferrer noopener"
            className="group block"
            data-testid="ticket-attachment"
          >
            {isImage(file.mimeType) ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by our API with its own access checks
              <img
                src={file.url}
                alt={file.filename}
                className="h-24 w-32 rounded-lg border border-slate-200 bg-slate-50 object-cover group-hover:opacity-90"
                loading="lazy"
              />
            ) : (
              <span className="inline-flex max-w-56 items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700 group-hover:bg-slate-50">
                {file.mimeType.startsWith("video/") ? (
                  <Video aria-hidden className="size-4 shrink-0" />
                ) : (
                  <FileText aria-hidden className="size-4 shrink-0" />
                )}
                <span className="truncate">{file.filename}</span>
                <span className="shrink-0 text-xs text-slate-500">{size(file.size)}</span>
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
