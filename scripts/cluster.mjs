// npm run cluster: two Beacon instances behind Debian's nginx on loopback, sharing PostgreSQL and Redis — the
// scale-out layout of docs/deployment.md, for trying it, for the scale-out tests and for bench:scale.
//   DATABASE_URL (default postgres://postgres@localhost:5432/beacon_cluster, created when missing),
//   REDIS_URL (redis://127.0.0.1:6379), CLUSTER_PORT (3100: the balancer; instances on +1 and +2).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";

export function ensureNginx() {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status === 0) return;
  if (process.getuid?.() !== 0) throw new Error("nginx is missing: sudo apt-get install -y nginx");
  console.log("Installing Debian's nginx …");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", "nginx"],
  ]) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (spawnSync("apt-get", args, { stdio: "inherit", env }).status !== 0) throw new Error("could not install nginx");
  }
}

/**
 * Round robin (least connections) needs no sticky sessions: browsers use WebSocket only, and HTTP carries its
 * session in a JWT cookie. `failover` marks every instance but the first as backup (active/passive), which makes
 * "the instance a client is on dies" deterministic in tests.
 */
function nginxConfig(prefix, port, instancePorts, failover) {
  const servers = instancePorts.map(
    (p, i) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s${failover && i > 0 ? " backup" : ""};`,
  );
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr error;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  client_max_body_size 60m;
  upstream beacon {
    ${failover ? "" : "least_conn;"}
${servers.join("\n")}
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

async function waitHealthy(port, child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`instance on :${port} exited with ${child.exitCode}`);
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance on :${port} did not become healthy`);
}

/** Starts N instances (one after the other: the first migrates and seeds alone) and nginx in front of them. */
export async function startCluster({ port = 3100, size = 2, env: extra = {}, failover = false, quiet = false } = {}) {
  ensureNginx();
  buildIfStale();
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/beacon_cluster",
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "beacon-cluster-secret-change-me",
    NEXTAUTH_URL: `http://localhost:${port}`,
    TRUST_PROXY: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
  if (!extra.DATABASE_URL && !process.env.DATABASE_URL) {
    spawnSync("psql", ["postgres://postgres@localhost:5432/postgres", "-qc", "CREATE DATABASE beacon_cluster"], {
      stdio: "ignore",
    });
  }
  const stdio = quiet ? ["ignore", "ignore", "inherit"] : "inherit";
  const instances = Array.from({ length: size }, (_, i) => ({
    name: `beacon-${i + 1}`,
    port: port + 1 + i,
    child: null,
  }));
  const start = async (instance) => {
    instance.child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      stdio,
      env: { ...env, PORT: String(instance.port), HOST: "127.0.0.1", INSTANCE_NAME: instance.name },
    });
    await waitHealthy(instance.port, instance.child);
  };
  for (const instance of instances) await start(instance);

  const prefix = mkdtempSync(path.join(tmpdir(), "beacon-nginx-"));
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    nginxConfig(
      prefix,
      port,
      instances.map((i) => i.port),
      failover,
    ),
  );
  const nginx = spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio });
  await waitHealthy(port, nginx);

  const stopInstance = async (instance, signal = "SIGTERM") => {
    if (!instance.child || instance.child.exitCode !== null) return;
    const exited = new Promise((resolve) => instance.child.once("exit", resolve));
    instance.child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    instances,
    start,
    stopInstance,
    async stop() {
      await Promise.all(instances.map((instance) => stopInstance(instance)));
      nginx.kill("SIGTERM");
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startCluster({ port: Number(process.env.CLUSTER_PORT ?? 3100) });
  console.log(`Balancer on ${cluster.url} → instances ${cluster.instances.map((i) => `:${i.port}`).join(", ")}`);
  const stop = () => cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
