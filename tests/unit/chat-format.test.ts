import { describe, expect, it } from "vitest";
import { isEmojiOnly, parseInline, parseMessage, safeHref } from "@/components/chat/format";

describe("chat message formatting", () => {
  it("makes bold, code and links, and leaves everything else as plain text", () => {
    expect(parseInline("Send the **TxID** and `memo` via https://beacon.example/help.")).toEqual([
      { kind: "text", text: "Send the " },
      { kind: "bold", children: [{ kind: "text", text: "TxID" }] },
      { kind: "text", text: " and " },
      { kind: "code", text: "memo" },
      { kind: "text", text: " via " },
      { kind: "link", href: "https://beacon.example/help", text: "https://beacon.example/help" },
      { kind: "text", text: "." },
    ]);
    expect(parseInline("[guide](https://beacon.example/g) and www.example.com")).toEqual([
      { kind: "link", href: "https://beacon.example/g", text: "guide" },
      { kind: "text", text: " and " },
      { kind: "link", href: "https://www.example.com/", text: "www.example.com" },
    ]);
    expect(parseInline("see https://en.wikipedia.org/wiki/Foo_(bar)")[1]).toMatchObject({
      href: "https://en.wikipedia.org/wiki/Foo_(bar)",
    });
    expect(parseInline("阅读全文: /help/articles/withdrawal-pending")[1]).toEqual({
      kind: "link",
      href: "/help/articles/withdrawal-pending",
      text: "/help/articles/withdrawal-pending",
    });
    expect(parseInline("and/or /etc/passwd")).toEqual([{ kind: "text", text: "and/or /etc/passwd" }]);
  });

  it("never produces markup or a script link from hostile input", () => {
    const hostile = `<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html,hi) **<b>**`;
    const tokens = parseInline(hostile);
    const links = tokens.filter((t) => t.kind === "link");
    expect(links).toEqual([]);
    expect(JSON.stringify(tokens)).toContain("<img src=x onerror=alert(1)>");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHref("https://ok.example")).toBe("https://ok.example/");
  });

  it("keeps code blocks verbatim and an unclosed fence literal", () => {
    expect(parseMessage("Run:\n```bash\ncurl **x** https://a.b\n```\ndone")).toEqual([
      { kind: "paragraph", lines: [[{ kind: "text", text: "Run:" }]] },
      { kind: "codeblock", text: "curl **x** https://a.b" },
      { kind: "paragraph", lines: [[{ kind: "text", text: "done" }]] },
    ]);
    expect(parseMessage("a ```b")).toEqual([{ kind: "paragraph", lines: [[{ kind: "text", text: "a ```b" }]] }]);
  });

  it("recognises an emoji-only message", () => {
    expect(isEmojiOnly("👍")).toBe(true);
    expect(isEmojiOnly("🙏🏻 ❤️")).toBe(true);
    expect(isEmojiOnly("ok 👍")).toBe(false);
    expect(isEmojiOnly("123")).toBe(false);
  });
});

describe("previews", () => {
  it("drop formatting marks and shorten", async () => {
    const { plainPreview } = await import("@/components/chat/format");
    expect(plainPreview("Send the **TxID** and `memo`, see [guide](https://x.example)")).toBe(
      "Send the TxID and memo, see guide",
    );
    expect(plainPreview("x".repeat(200), 10)).toBe("xxxxxxxxx…");
  });
});
