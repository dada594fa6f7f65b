import type { Marked } from "@/lib/contracts/kb";

/** Text with its search matches in <mark>, rendered as React text (never as HTML). */
export function Highlighted({ parts }: { parts: Marked }) {
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? (
          <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
