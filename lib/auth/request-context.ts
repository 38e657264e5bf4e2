import "server-only";
import { auth } from "./index";
import { requestClient } from "./request-client";
import type { ClientInfo } from "./client-address";

export { requestClient } from "./request-client";

/** What security commands need to know about the request: where it came from, and its session. */
export async function requestContext(): Promise<{ client: ClientInfo; sessionId: string | null }> {
  const [client, session] = await Promise.all([requestClient(), auth()]);
  return { client, sessionId: typeof session?.sid === "string" ? session.sid : null };
}
