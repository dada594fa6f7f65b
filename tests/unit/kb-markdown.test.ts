import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/kb/article-body";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { markdownToHtml, renderMarkdown } from "@/lib/markdown/render";

// Classic and mutation XSS payloads, as raw HTML inside markdown and as markdown syntax.
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<img src="x" onerror="alert(1)"/>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<body onload=alert(1)>",
  "<input onfocus=alert(1) autofocus>",
  "<details open ontoggle=alert(1)>x</details>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  "<style>@import 'javascript:alert(1)';</style>",
  '<base href="javascript:/">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](javascript&#58;alert(1))",
  "[click](  javascript:alert(1))",
  "![img](javascript:alert(1))",
  "<javascript:alert(1)>",
  '[ref]\n\n[ref]: javascript:alert(1) "title"',
  "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |",
  "```html\n<script>alert(1)</script>\n```",
];

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
};

/** Parses the output as a browser would, then checks every element and attribute. */
function assertSafe(html: string) {
  const forbidden = /^(script|iframe|object|embed|form|style|meta|base|svg|math|noscript|body|frame|frameset|applet)$/;
  const visit = (node: Node) => {
    if (node.tagName) {
      expect(node.tagName).not.toMatch(forbidden);
      const attrs = node.attrs ?? [];
      // React adds <link rel="preload" as="image"> for each <img>: a resource hint, no script.
      if (node.tagName === "link")
        expect(attrs).toEqual(
          expect.arrayContaining([
            { name: "rel", value: "preload" },
            { name: "as", value: "image" },
          ]),
        );
      for (const { name, value } of attrs) {
        expect(name).not.toMatch(/^on/i);
        expect(name).not.toBe("style");
        if (["href", "src", "action", "formaction", "xlink:href", "data"].includes(name)) {
          expect(value.replace(/[\s\u0000-\u001f]/g, "")).not.toMatch(/^(javascript|vbscript|data):/i);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html) as unknown as Node);
}

describe("article markdown sanitising", () => {
  it.each(PAYLOADS)("neutralises %s", (payload) => {
    assertSafe(markdownToHtml(`Intro\n\n${payload}\n\nOutro`));
    // What the page really renders: React elements built from the same sanitised tree.
    assertSafe(renderToStaticMarkup(createElement(ArticleBody, { markdown: payload })));
  });

  it("keeps what articles need: headings with anchors, lists, tables, code, safe links", () => {
    const html = markdownToHtml(
      "## 开启步骤\n\n1. One\n2. **Two**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`\n\n[in](/help/articles/lost-2fa-device) [out](https://example.com) [mail](mailto:support@example.com)",
    );
    expect(html).toContain('<h2 id="开启步骤"><a class="heading-anchor" href="#开启步骤">开启步骤</a></h2>');
    expect(html).toContain("<ol>");
    expect(html).toContain("<table>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain('href="/help/articles/lost-2fa-device"');
    expect(html).toContain('href="https://example.com" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="mailto:support@example.com"');
  });

  it("makes the page's only h1 the title: body headings start at h2, and the contents list them", () => {
    const { toc } = renderMarkdown("# Top\n\n## Sub\n\n### Deep");
    expect(markdownToHtml("# Top")).toMatch(/^<h2/);
    expect(toc).toEqual([
      { id: "top", text: "Top", depth: 2 },
      { id: "sub", text: "Sub", depth: 3 },
    ]);
  });

  it("turns markdown into the plain text search and snippets use", () => {
    const text = markdownToPlainText(
      "## Steps\n\n1. Go to **Account** > [Security](/x)\n2. ![QR](qr.png) `code`\n\n> Never share it.",
    );
    expect(text).toBe("Steps\nGo to Account > Security\nQR code\nNever share it.");
  });
});
