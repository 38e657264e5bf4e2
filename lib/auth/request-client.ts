import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientInfoFrom, type ClientInfo } from "./client-address";

/** The address (as TRUSTED_PROXY_COUNT allows) and user agent of the request being served. */
export async function requestClient(): Promise<ClientInfo> {
  return clientInfoFrom(await headers(), env.TRUSTED_PROXY_COUNT);
}

/** The request's client for an audit row; outside a request (a script, a test) there is none. */
export async function requestOrigin(): Promise<{ address: string | null; userAgent: string | null }> {
  try {
    return await requestClient();
  } catch {
    return { address: null, userAgent: null };
  }
}
