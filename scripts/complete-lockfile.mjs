// The npm registry reachable here lacks other platforms' prebuilt binaries (@next/swc-darwin-arm64, …), so npm
// leaves them out of package-lock.json and `npm ci` then refuses the lock as out of sync. This adds the entries a
// lock made against the full registry has: optional, with the platform they are for, so npm ci skips them here
// without fetching. Run it after `npm install <pkg>`; `npm test` checks that nothing is missing.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "linux", "freebsd", "android", "openharmony", "sunos", "aix"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu =
    parts.find((part) => CPU.includes(part)) ??
    (parts.includes("arm") || parts.includes("gnueabihf") ? "arm" : undefined);
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

export function missingOptionalEntries(lock) {
  const missing = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      if (!lock.packages[base] && !lock.packages[`node_modules/${name}`])
        missing.push({ key: `node_modules/${name}`, name, version });
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
  const missing = missingOptionalEntries(lock);
  if (process.argv.includes("--check")) {
    if (missing.length) {
      console.error(
        `package-lock.json lacks ${missing.length} optional platform entries: run node scripts/complete-lockfile.mjs`,
      );
      process.exit(1);
    }
    process.exit(0);
  }
  for (const { key, version } of missing) {
    lock.packages[key] = { version, dev: lock.packages[key]?.dev, optional: true, ...platformOf(key) };
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added ${missing.length} optional platform entries to package-lock.json.`);
}
