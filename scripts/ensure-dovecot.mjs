// The inbound-mail tests read real mailboxes from Debian's dovecot (started by the tests on loopback with a
// throwaway config, never the system service): install it when it is missing, as ensure-chromium does.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const DOVECOT_PATH = process.env.DOVECOT_PATH ?? "/usr/sbin/dovecot";

export function ensureDovecot() {
  if (existsSync(DOVECOT_PATH)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Dovecot is missing at ${DOVECOT_PATH}. Install it (Debian: sudo apt-get install -y dovecot-imapd) or set DOVECOT_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's dovecot-imapd for the inbound mail tests …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", "dovecot-imapd"],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDovecot();
