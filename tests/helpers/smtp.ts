import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  port: number;
  /** Every message the server accepted, parsed. */
  messages: ParsedMail[];
  /** How many DATA commands were refused (while failing). */
  refused: number;
  /** Refuse every message with a temporary error (451) until set back to false. */
  failing: boolean;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

/** A real SMTP server on loopback (no TLS, no auth) that keeps what it receives, for tests. */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: "",
    port: 0,
    messages: [],
    refused: 0,
    failing: false,
    async waitFor(count, timeoutMs = 10_000) {
      const start = Date.now();
      while (state.messages.length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`expected ${count} messages, got ${state.messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return state.messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (state.failing) {
          state.refused++;
          return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        }
        state.messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://127.0.0.1:${state.port}`;
  return state;
}
