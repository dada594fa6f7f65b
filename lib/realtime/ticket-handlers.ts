import {
  presenceOnDisconnect,
  setTicketReplying,
  unwatchTicket,
  watchTicket,
} from "@/lib/services/tickets/ticket-presence";
import { ticketPresenceSchema, unwatchTicketSchema, watchTicketSchema } from "@/lib/contracts/ticket";
import { command, type BeaconSocket } from "./command";

/** Ticket commands: follow a ticket live, and the agents' "viewing / replying" presence. */
export function registerTicketCommands(socket: BeaconSocket): void {
  command(socket, "ticket.watch", watchTicketSchema, ({ number, key }, { actor }) =>
    watchTicket({ actor, socket, number, key }),
  );
  command(socket, "ticket.unwatch", unwatchTicketSchema, async ({ number }, { actor }) => {
    await unwatchTicket({ actor, socket, number });
    return {};
  });
  command(socket, "ticket.presence.set", ticketPresenceSchema, async ({ number, replying }, { actor }) => {
    await setTicketReplying({ actor, socket, number, replying });
    return {};
  });
  socket.on("disconnecting", () => presenceOnDisconnect(socket, [...socket.rooms]));
}
