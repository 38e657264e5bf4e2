import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientInfoFrom, type ClientInfo } from "./client-address";
import { auth } from "./index";

/** The address (as TRUSTED_PROXY_COUNT allows) and user agent of the request being served. */
export async function requestClient(): Promise<ClientInfo> {
  return clientInfoFrom(await headers(), env.TRUSTED_PROXY_COUNT);
}

/** What security commands need to know about the request: where it came from, and its session. */
export async function requestContext(): Promise<{ client: ClientInfo; sessionId: string | null }> {
  const [client, session] = await Promise.all([requestClient(), auth()]);
  return { client, sessionId: typeof session?.sid === "string" ? session.sid : null };
}
