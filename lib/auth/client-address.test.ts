import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientInfoFrom } from "./client-address";

const headers = (xff?: string, ua?: string) =>
  new Headers({ ...(xff === undefined ? {} : { "x-forwarded-for": xff }), ...(ua ? { "user-agent": ua } : {}) });

describe("the client's address", () => {
  it("with no trusted proxy, is the one address Next.js reports", () => {
    expect(clientAddressFrom(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddressFrom(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("behind one proxy, ignores whatever the client put in front of the proxy's entry", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4" hoping to pass as another address each try.
    expect(clientAddressFrom(headers("1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressFrom(headers("9.9.9.9, 8.8.8.8, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressFrom(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the second entry from the right", () => {
    expect(clientAddressFrom(headers("1.2.3.4, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddressFrom(headers("2001:DB8::1, 10.0.0.2"), 2)).toBe("2001:db8::1");
  });

  it("is 'unknown' when missing or not an address (never a client-chosen label)", () => {
    expect(clientAddressFrom(headers(), 0)).toBe("unknown");
    expect(clientAddressFrom(headers("admin-office"), 0)).toBe("unknown");
    expect(clientAddressFrom(headers("1.2.3.4, <script>"), 0)).toBe("unknown");
  });

  it("keeps the user agent, cut to a sane length", () => {
    expect(clientInfoFrom(headers("203.0.113.7", "x".repeat(900)), 0).userAgent).toHaveLength(500);
    expect(clientInfoFrom(headers("203.0.113.7"), 0)).toEqual({ address: "203.0.113.7", userAgent: null });
  });
});
