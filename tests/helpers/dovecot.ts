// A real IMAP server for tests: Debian's dovecot, started on loopback with a throwaway config in a temp folder (never
// the system service), one user per test file, stopped and removed afterwards. Installed by scripts/ensure-dovecot.mjs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type AddressInfo } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";
import { DOVECOT_PATH, ensureDovecot } from "../../scripts/ensure-dovecot.mjs";

export type TestDovecot = {
  port: number;
  user: string;
  password: string;
  /** Delivers a raw message into the user's INBOX (IMAP APPEND, as a delivery agent would). */
  deliver(raw: string | Buffer): Promise<void>;
  stop(): Promise<void>;
  /** Writes messages straight into the user's Maildir (fast, for big mailboxes); dovecot gives them UIDs when read. */
  drop(raws: Buffer[]): void;
  /** Stops dovecot without cleaning up, then starts it again on the same port and mail (a server restart). */
  restart(): Promise<void>;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function ids() {
  // As root, mail processes may not run as root: dovecot's own system user owns the test mail.
  if (process.getuid?.() === 0) {
    const uid = Number(spawnSync("id", ["-u", "dovecot"]).stdout.toString().trim());
    const gid = Number(spawnSync("id", ["-g", "dovecot"]).stdout.toString().trim());
    return { uid, gid, login: "dovenull", internal: "dovecot" };
  }
  const me = userInfo();
  return { uid: me.uid, gid: me.gid, login: me.username, internal: me.username };
}

function config(dir: string, port: number, who: ReturnType<typeof ids>) {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${who.login}
default_internal_user = ${who.internal}
default_internal_group = ${who.internal}
first_valid_uid = ${who.uid}
last_valid_uid = ${who.uid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${who.uid} gid=${who.gid} home=${dir}/mail/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

/** Waits for the IMAP greeting on the port. */
async function waitForPort(port: number, timeoutMs = 10_000) {
  const start = Date.now();
  for (;;) {
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.setTimeout(1000);
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("* OK"));
      });
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (greeted) return;
    if (Date.now() - start > timeoutMs) throw new Error(`dovecot did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startDovecot(): Promise<TestDovecot> {
  ensureDovecot();
  const dir = mkdtempSync(path.join(tmpdir(), "beacon-dovecot-"));
  const who = ids();
  for (const sub of ["run", "state", "mail"]) mkdirSync(path.join(dir, sub));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) chownSync(path.join(dir, "mail"), who.uid, who.gid);
  const user = `support-${Math.random().toString(36).slice(2, 8)}`;
  const password = Math.random().toString(36).slice(2);
  writeFileSync(path.join(dir, "passwd"), `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  writeFileSync(path.join(dir, "dovecot.conf"), config(dir, port, who));
  let child: ChildProcess | null = null;
  const run = async () => {
    let stderr = "";
    const started = spawn(DOVECOT_PATH, ["-F", "-c", path.join(dir, "dovecot.conf")], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    started.stderr?.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<never>((_, reject) =>
      started.once("exit", (code) => reject(new Error(`dovecot exited (${code}): ${stderr}`))),
    );
    exited.catch(() => {});
    child = started;
    await Promise.race([waitForPort(port), exited]);
  };
  const halt = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
  };
  await run();
  const client = async () => {
    const imap = new ImapFlow({
      host: "127.0.0.1",
      port,
      secure: false,
      logger: false,
      auth: { user, pass: password },
    });
    imap.on("error", () => {});
    await imap.connect();
    return imap;
  };
  return {
    port,
    user,
    password,
    async deliver(raw) {
      const imap = await client();
      try {
        await imap.append("INBOX", raw);
      } finally {
        await imap.logout();
      }
    },
    drop(raws) {
      const maildir = path.join(dir, "mail", user, "Maildir");
      for (const sub of ["", "new", "cur", "tmp"]) mkdirSync(path.join(maildir, sub), { recursive: true });
      const stamp = Date.now();
      raws.forEach((raw, i) =>
        writeFileSync(path.join(maildir, "new", `${Math.floor(stamp / 1000)}.M${i}P${process.pid}.beacon`), raw),
      );
      if (process.getuid?.() === 0) spawnSync("chown", ["-R", `${who.uid}:${who.gid}`, path.join(dir, "mail", user)]);
    },
    async restart() {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await run();
    },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
