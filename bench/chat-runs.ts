// The runs bench:chat and bench:scale share: the echo baseline, and the report.
import { connect, pool, runLoad, type LoadResult, type Pair, percentile } from "./chat-load";
import { machineLoad, sampleProcess, startProcess, stop } from "./processes";

export type Shape = { agents: number; customers: number; load: { rate: number; seconds: number; warmup: number } };

export type Row = {
  name: string;
  connections: number;
  result: LoadResult;
  rssMb: number;
  cpu: number;
  load: string;
  stored?: string;
};

export async function closeAll(pairs: Pair[]) {
  for (const pair of pairs) {
    pair.customer.close();
    pair.agent.close();
  }
}

/** The baseline: the same sockets and traffic against a bare socket.io server that only relays (bench/chat-echo-server.ts). */
export async function benchEcho({ agents: AGENTS, customers: CUSTOMERS, load: LOAD }: Shape): Promise<Row> {
  const { child, match } = await startProcess(["bench/chat-echo-server.ts"], {}, /ECHO_PORT (\d+)/);
  const url = `http://127.0.0.1:${match[1]}`;
  const server = sampleProcess(child.pid!);
  // The same shape as Beacon's run: each agent handles every AGENTS-th chat and sits in those chats' rooms.
  const agents = await pool(
    Array.from({ length: AGENTS }, (_, a) => a),
    20,
    (a) => {
      const chats = Array.from({ length: CUSTOMERS }, (_, i) => i).filter((i) => i % AGENTS === a);
      return connect(url, { auth: { chats: chats.map((i) => `c${i}`).join(",") } });
    },
  );
  const pairs: Pair[] = await pool(
    Array.from({ length: CUSTOMERS }, (_, i) => i),
    100,
    async (i) => ({
      customer: await connect(url, { auth: { chats: `c${i}` } }),
      agent: agents[i % AGENTS],
      conversationId: `c${i}`,
    }),
  );
  const send = (pair: Pair, side: "customer" | "agent", clientId: string, body: string) =>
    new Promise<{ ok: boolean; code?: string }>((resolve) =>
      (side === "customer" ? pair.customer : pair.agent).emit(
        "send",
        { chat: pair.conversationId, clientId, body },
        resolve,
      ),
    );
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad(pairs, send, LOAD);
  const cpu = server.cpuSeconds() - cpuBefore;
  const load = machineLoad();
  const rssMb = server.stop();
  await closeAll(pairs);
  await stop(child);
  return { name: "bare socket.io echo", connections: AGENTS + CUSTOMERS, result, rssMb, cpu, load };
}

/** The results table, one row per run, and a line per run with counts, CPU and the machine's load. */
export function report(title: string, { agents: AGENTS, customers: CUSTOMERS, load: LOAD }: Shape, rows: Row[]) {
  const SOCKETS = AGENTS + CUSTOMERS;
  const f = (n: number) => (Number.isNaN(n) ? "—" : n < 10 ? n.toFixed(2) : n.toFixed(1));
  const lines = [
    `${title}: ${SOCKETS} sockets (${CUSTOMERS} customers, ${AGENTS} agents), ${LOAD.rate} msg/s offered for ${LOAD.seconds} s after ${LOAD.warmup} s warm-up, production build, Node ${process.version}`,
    "",
    `${"".padEnd(22)}${"sockets".padStart(8)}${"msg/s".padStart(8)}${"  send→ack p50/p95/p99 ms".padEnd(28)}${"send→deliver p50/p95/p99 ms".padEnd(30)}${"RSS MB".padStart(7)}  errors`,
  ];
  for (const { name, connections, result, rssMb } of rows) {
    const rate = result.acked / result.seconds;
    const ack = `${f(percentile(result.ack, 50))} / ${f(percentile(result.ack, 95))} / ${f(percentile(result.ack, 99))}`;
    const deliver = `${f(percentile(result.deliver, 50))} / ${f(percentile(result.deliver, 95))} / ${f(percentile(result.deliver, 99))}`;
    const errors =
      Object.entries(result.errors)
        .map(([code, n]) => `${code}×${n}`)
        .join(" ") || "none";
    lines.push(
      `${name.padEnd(22)}${String(connections).padStart(8)}${rate.toFixed(1).padStart(8)}  ${ack.padEnd(26)}${deliver.padEnd(30)}${String(rssMb).padStart(7)}  ${errors}`,
    );
  }
  lines.push("");
  for (const { name, result, stored, cpu, load } of rows) {
    const wall = LOAD.warmup + result.seconds;
    const perMessage = (cpu * 1000) / Math.max(1, result.sent + LOAD.warmup * LOAD.rate);
    lines.push(
      `${name}: sent ${result.sent}, acked ${result.acked}, delivered to the other side ${result.delivered}${stored ? `; database: ${stored}` : ""}; ` +
        `server CPU ${Math.round((cpu / wall) * 100)}% of one core (${perMessage.toFixed(2)} ms a message); machine ${load}`,
    );
  }
  console.log(lines.join("\n"));
}
