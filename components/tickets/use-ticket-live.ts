"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { request } from "@/lib/client/api";
import { getSocket, on, sendCommand } from "@/lib/realtime/client";
import type { ServerEventPayload } from "@/lib/realtime/events";
import type { TicketDetailDto } from "@/lib/contracts/ticket";

/**
 * Keeps a ticket page live: follows the ticket over the socket (again after every reconnect, since rooms do not
 * survive one) and reloads the ticket when `ticket.updated` names it. Pages without a socket identity (a tracking link
 * opened in another browser) still work; they just are not live.
 */
export function useTicketLive(
  initial: TicketDetailDto,
  key: string | null,
  onEvent?: (event: ServerEventPayload<"ticket.updated">) => void,
) {
  const [ticket, setTicket] = useState(initial);
  const [live, setLive] = useState(false);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  const reload = useCallback(async () => {
    // A failed reload keeps the ticket shown; the next event or reconnect reloads again.
    const result = await request<{ ticket: TicketDetailDto }>(
      `/api/v1/tickets/${initial.ref}${key ? `?key=${encodeURIComponent(key)}` : ""}`,
      { cache: "no-store" },
    );
    if (result.ok) setTicket(result.ticket);
  }, [initial.ref, key]);

  useEffect(() => {
    const socket = getSocket();
    const watch = async () => {
      const result = await sendCommand(socket, "ticket.watch", { ref: initial.ref, ...(key ? { key } : {}) });
      setLive(result.ok);
      if (result.ok) void reload(); // catch up on anything missed while disconnected
    };
    const offs = [
      on(socket, "connect", () => void watch()),
      on(socket, "disconnect", () => setLive(false)),
      on(socket, "ticket.updated", (event) => {
        if (event.ticketId !== initial.id) return;
        handler.current?.(event);
        void reload();
      }),
    ];
    if (socket.connected) void watch();
    return () => {
      offs.forEach((off) => off());
      if (socket.connected) void sendCommand(socket, "ticket.unwatch", { ref: initial.ref });
    };
  }, [initial.id, initial.ref, key, reload]);

  return { ticket, setTicket, live, reload };
}
