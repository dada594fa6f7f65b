import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Size budgets of the chat widget (issue: loader ≤ 10 kB gzipped; the widget's own JavaScript ≤ 60 kB gzipped beyond
// the framework). The loader is measured as served. The widget is bundled here from its client entry, as a visitor's
// browser receives it, with React, ReactDOM and Next.js left out (the framework, loaded by every page); everything the
// widget pulls in itself — our components, socket.io-client, next-intl's client and ICU formatter, icons — counts.
// Parts the widget loads only when a visitor first reaches them (the emoji grid, the chat menu) are split off as a
// browser receives them and count against budgets of their own. The e2e suite checks the same budget against the
// production build's actual chunks (tests/e2e/chat.spec.ts).
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
      entryPoints: { widget: path.join(root, "components/chat/widget-app.tsx") },
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      outdir: path.join(root, ".widget-size"),
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
    const gzipped = new Map(
      result.outputFiles.map((file) => [file.path, gzipSync(file.contents, { level: 9 }).length]),
    );
    const outputs = result.metafile.outputs;
    const absolute = (name: string) => path.resolve(root, name);
    const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint)!;
    // What the browser loads before the visitor does anything: the entry and every chunk it imports statically. The
    // emoji grid and the chat menu load when first reached (dynamic imports); each such chunk has a budget of its own.
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const i of outputs[name].imports) if (i.kind === "import-statement" && outputs[i.path]) visit(i.path);
    };
    visit(entry);
    const inputs = [...initial].flatMap((name) => Object.keys(outputs[name].inputs));
    // It really is the widget: our chat code and its socket client, not an empty shell.
    expect(inputs.some((file) => file.includes("components/chat/customer-chat.tsx"))).toBe(true);
    expect(inputs.some((file) => file.includes("socket.io-client"))).toBe(true);
    expect(inputs.some((file) => /node_modules\/(react|react-dom|next)\//.test(file))).toBe(false);
    const size = (names: string[]) => names.reduce((sum, name) => sum + gzipped.get(absolute(name))!, 0);
    const first = size([...initial]);
    const lazy = Object.keys(outputs).filter((name) => !initial.has(name) && name.endsWith(".js"));
    console.info(
      `widget: ${(first / KB).toFixed(1)} kB gzipped at first load (${initial.size} files); loaded when first used: ` +
        lazy.map((name) => `${path.basename(name)} ${(size([name]) / KB).toFixed(1)} kB`).join(", "),
    );
    expect(first).toBeLessThanOrEqual(60 * KB);
    for (const name of lazy) expect(size([name]), name).toBeLessThanOrEqual(30 * KB);
  });
});
