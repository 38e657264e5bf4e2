// Where a request came from, for the sign-in throttle and the audit log.
//
// X-Forwarded-For is a list anyone can start: "a, b, c" where each proxy appends the address it
// was connected from. Only the entries our own proxies appended can be believed, so with N
// trusted proxies the client is the N-th entry from the right, and whatever the client put to the
// left of it is ignored. With no proxy (N = 0) the header is what Next.js put there itself: the
// socket's peer address when the request carried none.

export interface ClientInfo {
  address: string;
  userAgent: string | null;
}

/** Something that looks like an IPv4 or IPv6 address (with an optional zone or mapped IPv4). */
const addressShape = /^[0-9a-f:.]{2,45}(%[0-9a-z]{1,16})?$/i;

export function clientAddressFrom(headers: Pick<Headers, "get">, trustedProxies: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  // Fewer entries than proxies means some hop did not append: the leftmost is then the nearest
  // thing to the client that a trusted proxy wrote.
  const pick = trustedProxies === 0 ? entries.at(-1) : entries[Math.max(0, entries.length - trustedProxies)];
  const address = pick?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address && addressShape.test(address) ? address.toLowerCase() : "unknown";
}

export function clientInfoFrom(headers: Pick<Headers, "get">, trustedProxies: number): ClientInfo {
  const userAgent = headers.get("user-agent");
  return { address: clientAddressFrom(headers, trustedProxies), userAgent: userAgent ? userAgent.slice(0, 500) : null };
}
