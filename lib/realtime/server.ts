import { config } from "@/lib/config";
import type { Server as HttpServer, IncomingMessage } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import { Server } from "socket.io";
import { isAgent } from "@/lib/auth/actor";
import { GUEST_COOKIE } from "@/lib/auth/guest-token";
import { actorFromCookies, cookieHeaderSource } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { redisPrefix } from "@/lib/redis";
import type { BeaconSocket } from "./command";
import { BOARD_WORK_EVENT, boardWorkFromPeer } from "./board-signal";
import { rooms } from "./events";
import { registerCommands } from "./handlers";
import { setIo, type BeaconServer } from "./publish";

/**
 * Browsers always send Origin on websocket and polling requests: a foreign one is refused (cross-site socket
 * hijacking). Non-browser clients send none. Extra origins (an embedding site's widget host) come from
 * ALLOWED_ORIGINS, comma-separated.
 */
export function originAllowed(req: Pick<IncomingMessage, "headers">): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const allowed = config().ALLOWED_ORIGINS;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function joinRooms(socket: BeaconSocket): Promise<void> {
  const { actor } = socket.data;
  await socket.join(rooms.user(actor.id));
  if (!isAgent(actor)) return;
  const prisma = await getPrisma();
  const teams = await prisma.teamMember.findMany({ where: { userId: actor.id }, select: { teamId: true } });
  await socket.join([rooms.agents, ...teams.map((t) => rooms.team(t.teamId))]);
}

export function attachRealtime(httpServer: HttpServer): BeaconServer {
  const io: BeaconServer = new Server(httpServer, {
    allowRequest: (req, callback) => callback(null, originAllowed(req)),
    serveClient: false,
    connectionStateRecovery: undefined,
  });

  // With REDIS_URL, events published on one instance reach sockets on every instance. ioredis reconnects and
  // re-subscribes by itself when Redis restarts.
  const redisUrl = config().REDIS_URL;
  if (redisUrl) {
    const pub = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const sub = pub.duplicate();
    for (const client of [pub, sub])
      client.on("error", (error) => logger.warn({ err: error }, "socket.io redis adapter"));
    io.adapter(createAdapter(pub, sub, { key: `${redisPrefix()}socket.io` }));
    io.engine.once("close", () => [pub, sub].forEach((client) => client.disconnect()));
  }
  // Another instance's reply, close or ticket change: this instance's wallboard re-reads the day's figures.
  io.on(BOARD_WORK_EVENT, boardWorkFromPeer);

  io.use(async (socket, next) => {
    try {
      const { headers, auth } = socket.handshake;
      const cookies = cookieHeaderSource(headers.cookie);
      const guestToken = typeof auth?.guestToken === "string" ? auth.guestToken : undefined;
      const actor = await actorFromCookies({
        get: (name) => (name === GUEST_COOKIE && guestToken) || cookies.get(name),
      });
      if (!actor) return next(Object.assign(new Error("UNAUTHENTICATED"), { data: { code: "UNAUTHENTICATED" } }));
      socket.data.actor = actor;
      socket.data.locale = resolveLocale({
        saved: actor.locale,
        cookie: cookies.get(LOCALE_COOKIE),
        acceptLanguage: headers["accept-language"],
      });
      next();
    } catch (error) {
      logger.error({ err: error }, "socket handshake failed");
      next(new Error("INTERNAL"));
    }
  });

  io.on("connection", async (socket: BeaconSocket) => {
    registerCommands(socket);
    await joinRooms(socket).catch((error) => logger.error({ err: error }, "joining rooms failed"));
  });

  setIo(io);
  return io;
}
