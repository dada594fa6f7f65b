"use client";

import { useCallback, useSyncExternalStore } from "react";
import { getSocket, on, setGuestToken, type BeaconClientSocket } from "@/lib/realtime/client";

const noSubscribe = () => () => {};

/**
 * The page's socket once `enabled` (a visitor has no identity until the pre-chat form), with its connection state.
 * A guest token is presented when given (the widget, where cookies do not travel). The server render and hydration
 * see no socket; it appears right after, so both renders agree.
 */
export function useLiveSocket(
  enabled: boolean,
  guestToken?: string | null,
): { socket: BeaconClientSocket | null; connected: boolean } {
  const socket = useSyncExternalStore(
    noSubscribe,
    () => (enabled ? (guestToken ? setGuestToken(guestToken) : getSocket()) : null),
    () => null,
  );
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!socket) return () => {};
      const offs = [on(socket, "connect", notify), on(socket, "disconnect", notify)];
      return () => offs.forEach((off) => off());
    },
    [socket],
  );
  const connected = useSyncExternalStore(
    subscribe,
    () => socket?.connected ?? false,
    () => false,
  );
  return { socket, connected };
}
