import { isEmojiOnly, parseMessage, type Inline } from "./format";

function InlineNode({ token }: { token: Inline }) {
  switch (token.kind) {
    case "text":
      return <>{token.text}</>;
    case "bold":
      return (
        <strong className="font-semibold">
          {token.children.map((child, i) => (
            <InlineNode key={i} token={child} />
          ))}
        </strong>
      );
    case "code":
      return <code className="rounded bg-black/10 px-1 py-0.5 font-mono text-[0.85em]">{token.text}</code>;
    case "link":
      return (
        <a
          href={token.href}
          target="_blank"
          rel="noopener noreferrer nofollow ugc"
          className="break-all underline underline-offset-2"
        >
          {token.text}
        </a>
      );
  }
}

/** A message's text with its light formatting; everything is rendered as text nodes (see format.ts). */
export function MessageBody({ body }: { body: string }) {
  if (isEmojiOnly(body)) return <p className="text-3xl leading-tight">{body}</p>;
  return (
    <div className="space-y-1.5 break-words whitespace-pre-wrap">
      {parseMessage(body).map((block, i) =>
        block.kind === "codeblock" ? (
          <pre
            key={i}
            className="overflow-x-auto rounded-md bg-slate-900 p-2.5 font-mono text-xs leading-relaxed text-slate-100"
          >
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j}>
                {j > 0 ? "\n" : null}
                {line.map((token, k) => (
                  <InlineNode key={k} token={token} />
                ))}
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
