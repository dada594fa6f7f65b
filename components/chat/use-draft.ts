"use client";

import { useCallback, useSyncExternalStore } from "react";

// Unsent text per conversation, kept in localStorage (in memory where storage is blocked), so a reload, a closed
// widget or a dropped connection never loses what someone was typing.
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string {
  try {
    return localStorage.getItem(`beacon.draft.${key}`) ?? memory.get(key) ?? "";
  } catch {
    return memory.get(key) ?? "";
  }
}

function write(key: string, text: string): void {
  memory.set(key, text);
  try {
    if (text) localStorage.setItem(`beacon.draft.${key}`, text);
    else localStorage.removeItem(`beacon.draft.${key}`);
  } catch {
    // Private mode or a blocked iframe: the in-memory copy serves this page.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDraft(key: string): [string, (text: string) => void] {
  const text = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => "",
  );
  const set = useCallback((next: string) => write(key, next), [key]);
  return [text, set];
}
