"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { sendCommand, type BeaconClientSocket, type CommandInput, type CommandResult } from "@/lib/realtime/client";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import type { Result } from "@/lib/contracts/result";
import { request, requestFile, upload, type ClientMessages, type RequestOptions } from "./api";

function useClientMessages(): ClientMessages {
  const t = useTranslations("client");
  return useMemo(() => ({ offline: t("offline"), failed: t("failed") }), [t]);
}

/** The HTTP client with its failure messages in the reader's language (lib/client/api.ts). */
export function useApi() {
  const messages = useClientMessages();
  return useMemo(
    () => ({
      request: <T extends object = object>(path: string, options?: RequestOptions): Promise<Result<T>> =>
        request<T>(path, options, messages),
      upload: <T extends object = object>(
        path: string,
        file: File,
        options?: Parameters<typeof upload>[2],
      ): Promise<Result<T>> => upload<T>(path, file, options, messages),
      file: (path: string, options?: Parameters<typeof requestFile>[1]) => requestFile(path, options, messages),
      /** What to say when no answer came. */
      offline: messages.offline,
    }),
    [messages],
  );
}

export type Api = ReturnType<typeof useApi>;

/** Socket commands (lib/realtime/client.ts `sendCommand`) whose lost acks read in the reader's language. */
export function useCommand() {
  const { offline } = useClientMessages();
  return useMemo(
    () =>
      <E extends keyof ClientToServerEvents>(
        socket: BeaconClientSocket,
        event: E,
        input: CommandInput<E>,
      ): Promise<CommandResult<E>> =>
        sendCommand(socket, event, input, { offline }),
    [offline],
  );
}
