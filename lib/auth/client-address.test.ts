import { describe, expect, it } from "vitest";
import { trustedAddress } from "./client-address";

describe("the client's trusted address", () => {
  it("ignores X-Forwarded-For without a trusted proxy (the client wrote it)", () => {
    expect(trustedAddress("203.0.113.9", 0)).toBeNull();
    expect(trustedAddress(null, 0)).toBeNull();
  });

  it("takes the entry the outermost trusted proxy appended", () => {
    // The client forged the first entry; one proxy appended what it saw.
    expect(trustedAddress("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(trustedAddress("1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(trustedAddress("2001:db8::7", 1)).toBe("2001:db8::7");
    // Fewer entries than proxies: all were written by trusted proxies; the leftmost is the client.
    expect(trustedAddress("203.0.113.9", 2)).toBe("203.0.113.9");
  });

  it("refuses what is not an address", () => {
    expect(trustedAddress("1.2.3.4, <script>", 1)).toBeNull();
    expect(trustedAddress(" , ", 1)).toBeNull();
  });
});
