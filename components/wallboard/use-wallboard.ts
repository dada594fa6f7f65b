"use client";

import { useEffect, useState } from "react";
import type { WallboardDto } from "@/lib/contracts/wallboard";
import { getSocket, on, sendCommand } from "@/lib/realtime/client";

/**
 * The board, live: `wallboard.watch` on every (re)connect enters the team rooms and answers the board now; after
 * that each team's board arrives by `wallboard.team.updated` (pushed, never polled).
 */
export function useWallboard(initial: WallboardDto): { board: WallboardDto; live: boolean } {
  const [board, setBoard] = useState(initial);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const socket = getSocket();
    const watch = async () => {
      const result = await sendCommand(socket, "wallboard.watch", {});
      if (result.ok) setBoard(result.board);
      setLive(result.ok);
    };
    const offs = [
      on(socket, "connect", () => void watch()),
      on(socket, "disconnect", () => setLive(false)),
      on(socket, "wallboard.team.updated", ({ team }) =>
        setBoard((current) =>
          current.teams.some((t) => t.id === team.id)
            ? { ...current, teams: current.teams.map((t) => (t.id === team.id ? team : t)) }
            : current,
        ),
      ),
    ];
    if (socket.connected) void watch();
    return () => offs.forEach((off) => off());
  }, []);
  return { board, live };
}
