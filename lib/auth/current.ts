import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "./actor";
import { requireAdmin, requireAgent, requireUser } from "./guards";
import { actorFromCookies } from "./session";

/** The current request's actor in pages, layouts, server actions and route handlers (once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return actorFromCookies({ get: (name) => jar.get(name)?.value });
});

export const getUser = async () => requireUser(await getActor());
export const getAgent = async () => requireAgent(await getActor());
export const getAdmin = async () => requireAdmin(await getActor());
