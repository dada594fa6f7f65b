// The baseline for bench:chat: a bare socket.io server (same version, same websocket transport) that does what
// Beacon's chat does minus everything Beacon adds — no auth, no database: a customer socket joins its chat's room,
// an agent socket the rooms of all its chats; `send` is acknowledged and relayed to the chat's room. Prints its port.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { serveClient: false, transports: ["websocket"] });
let seq = 0;

io.on("connection", (socket) => {
  const chats = String(socket.handshake.auth?.chats ?? "")
    .split(",")
    .filter(Boolean);
  void socket.join(chats.map((chat) => `chat:${chat}`));
  socket.on("send", (message: { chat: string; clientId: string; body: string }, ack: (result: unknown) => void) => {
    const stored = { ...message, seq: ++seq, createdAt: new Date().toISOString() };
    socket.to(`chat:${message.chat}`).emit("message.created", { message: stored });
    ack({ ok: true, message: stored });
  });
});

http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`ECHO_PORT ${(http.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});
