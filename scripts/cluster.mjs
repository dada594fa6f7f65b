// npm run cluster: two Beacon instances behind Debian's nginx on loopback, sharing PostgreSQL and Redis — the
// scale-out layout of docs/deployment.md, for trying it and for the scale-out tests. Stops everything on Ctrl-C.
//   DATABASE_URL (default postgres://postgres@localhost:5432/beacon_cluster), REDIS_URL (redis://127.0.0.1:6379),
//   CLUSTER_PORT (3100, the balancer), instances on CLUSTER_PORT+1 and +2.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";

const port = Number(process.env.CLUSTER_PORT ?? 3100);
const instances = [port + 1, port + 2];
const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/beacon_cluster",
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "beacon-cluster-secret-change-me",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

function ensureNginx() {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error("nginx is missing: sudo apt-get install -y nginx-light (or nginx)");
  console.log("Installing Debian's nginx …");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "nginx"]]) {
    if (spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status !== 0) process.exit(1);
  }
}

/** Round robin needs no sticky sessions: browsers use WebSocket only, and HTTP carries its session in a JWT cookie. */
function nginxConfig(prefix) {
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  client_max_body_size 60m;
  upstream beacon {
    least_conn;
${instances.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;`).join("\n")}
    keepalive 64;
  }
  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://beacon;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`;
}

ensureNginx();
buildIfStale();
const prefix = mkdtempSync(path.join(tmpdir(), "beacon-nginx-"));
writeFileSync(path.join(prefix, "nginx.conf"), nginxConfig(prefix));

if (!process.env.DATABASE_URL) {
  // The default database is created on first use.
  spawnSync("psql", ["postgres://postgres@localhost:5432/postgres", "-qc", "CREATE DATABASE beacon_cluster"], { stdio: "ignore" });
}

const children = [];
const startInstance = (instancePort, index) =>
  spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    stdio: "inherit",
    env: { ...env, PORT: String(instancePort), HOST: "127.0.0.1", INSTANCE_NAME: `beacon-${index + 1}` },
  });
const healthy = async (instancePort) => {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${instancePort}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance on :${instancePort} did not become healthy`);
};

// The first instance migrates (and seeds, with SEED_DEMO=1) alone; the others start once it is healthy.
for (const [index, instancePort] of instances.entries()) {
  children.push(startInstance(instancePort, index));
  await healthy(instancePort);
}
children.push(spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: "inherit" }));
console.log(`Balancer on http://localhost:${port} → instances ${instances.map((p) => `:${p}`).join(", ")} (nginx prefix ${prefix})`);

let stopping = false;
const stop = () => {
  stopping = true;
  children.forEach((child) => child.exitCode === null && child.kill("SIGTERM"));
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), setTimeout(() => process.exit(0), 3000)));
for (const child of children) child.on("exit", (code) => code && !stopping && console.error(`a cluster process exited with ${code}`));
