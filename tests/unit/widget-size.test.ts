import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Size budgets of the chat widget (issue: loader ≤ 10 kB gzipped; the widget's own JavaScript ≤ 60 kB gzipped beyond
// the framework). The loader is measured as served. The widget is bundled here from its client entry, as a visitor's
// browser receives it, with React, ReactDOM and Next.js left out (the framework, loaded by every page); everything the
// widget pulls in itself — our components, socket.io-client, next-intl's client and ICU formatter, icons — counts.
// The e2e suite checks the same budget against the production build's actual chunks (tests/e2e/chat.spec.ts).
const root = path.resolve(import.meta.dirname, "../..");
const KB = 1024;

describe("widget size budget", () => {
  it("keeps the loader (public/widget.js) within 10 kB gzipped", () => {
    const loader = readFileSync(path.join(root, "public/widget.js"));
    const gzipped = gzipSync(loader, { level: 9 }).length;
    console.info(`widget loader: ${(loader.length / KB).toFixed(1)} kB raw, ${(gzipped / KB).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(10 * KB);
  });

  it("keeps the widget's own JavaScript within 60 kB gzipped beyond React, ReactDOM and Next.js", async () => {
    const result = await build({
      stdin: { contents: 'export { WidgetApp } from "@/components/chat/widget-app";', resolveDir: root, loader: "tsx" },
      absWorkingDir: root,
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      jsx: "automatic",
      alias: { "@": root },
      external: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*", "scheduler"],
      define: { "process.env.NODE_ENV": '"production"' },
      write: false,
      metafile: true,
      logLevel: "error",
    });
    const code = result.outputFiles[0].contents;
    const gzipped = gzipSync(code, { level: 9 }).length;
    const inputs = Object.keys(result.metafile.inputs);
    // It really is the widget: our chat code and its socket client, not an empty shell.
    expect(inputs.some((file) => file.includes("components/chat/customer-chat.tsx"))).toBe(true);
    expect(inputs.some((file) => file.includes("socket.io-client"))).toBe(true);
    expect(inputs.some((file) => /node_modules\/(react|react-dom|next)\//.test(file))).toBe(false);
    console.info(
      `widget bundle: ${(code.length / KB).toFixed(1)} kB minified, ${(gzipped / KB).toFixed(1)} kB gzipped`,
    );
    expect(gzipped).toBeLessThanOrEqual(60 * KB);
  });
});
