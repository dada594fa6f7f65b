"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { getSocket } from "@/lib/realtime/client";
import type { ServerEventPayload } from "@/lib/realtime/events";
import type { TicketDetailDto } from "@/lib/contracts/ticket";

/**
 * Keeps a ticket page live: follows the ticket over the socket (again after every reconnect, since rooms do not
 * survive one) and reloads the ticket when `ticket.updated` names it. Pages without a socket identity (a tracking link
 * opened in another browser) still work; they just are not live.
 */
export function useTicketLive(initial: TicketDetailDto, key: string | null, onEvent?: (event: ServerEventPayload<"ticket.updated">) => void) {
  const [ticket, setTicket] = useState(initial);
  const [live, setLive] = useState(false);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  const reload = useCallback(async () => {
    const response = await fetch(`/api/v1/tickets/${initial.ref}${key ? `?key=${encodeURIComponent(key)}` : ""}`, { cache: "no-store" });
    if (response.ok) setTicket(((await response.json()) as { ticket: TicketDetailDto }).ticket);
  }, [initial.ref, key]);

  useEffect(() => {
    const socket = getSocket();
    const watch = () =>
      socket.emit("ticket.watch", { number: initial.number, ...(key ? { key } : {}) }, (result) => {
        setLive(result.ok);
        if (result.ok) void reload(); // catch up on anything missed while disconnected
      });
    const down = () => setLive(false);
    const updated = (event: ServerEventPayload<"ticket.updated">) => {
      if (event.ticketId !== initial.id) return;
      handler.current?.(event);
      void reload();
    };
    socket.on("connect", watch);
    socket.on("disconnect", down);
    socket.on("ticket.updated", updated);
    if (socket.connected) watch();
    return () => {
      socket.off("connect", watch);
      socket.off("disconnect", down);
      socket.off("ticket.updated", updated);
      if (socket.connected) socket.emit("ticket.unwatch", { number: initial.number }, () => {});
    };
  }, [initial.id, initial.number, key, reload]);

  return { ticket, setTicket, live, reload };
}
