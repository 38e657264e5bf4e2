import { describe, expect, it } from "vitest";
import { isProduction, missingSecrets, parseEnv } from "./env";

describe("the production rule", () => {
  it("is production on DATABASE_URL or NODE_ENV=production, unless --demo", () => {
    expect(isProduction(parseEnv({}), false)).toBe(false);
    expect(isProduction(parseEnv({ NODE_ENV: "production" }), false)).toBe(true);
    expect(isProduction(parseEnv({ DATABASE_URL: "postgres://db/x" }), false)).toBe(true);
    expect(isProduction(parseEnv({ DATABASE_URL: "postgres://db/x", NODE_ENV: "production" }), true)).toBe(false);
  });

  it("names the secrets a deployment lacks", () => {
    expect(missingSecrets(parseEnv({}))).toEqual(["AUTH_SECRET", "TOTP_ENCRYPTION_KEY"]);
    expect(
      missingSecrets(parseEnv({ AUTH_SECRET: "x".repeat(32), TOTP_ENCRYPTION_KEY: `1:${"k".repeat(32)}` })),
    ).toEqual([]);
  });
});

describe("TOTP_ENCRYPTION_KEY", () => {
  it("reads numbered keys, newest first", () => {
    expect(parseEnv({ TOTP_ENCRYPTION_KEY: `2:${"b".repeat(40)}, 1:${"a".repeat(32)}` }).TOTP_ENCRYPTION_KEY).toEqual([
      { version: 2, key: "b".repeat(40) },
      { version: 1, key: "a".repeat(32) },
    ]);
  });

  it("refuses a key without a version, a short key, or a version twice", () => {
    for (const bad of [
      "a".repeat(40),
      `1:${"a".repeat(10)}`,
      `1:${"a".repeat(32)},1:${"b".repeat(32)}`,
      `0:${"a".repeat(32)}`,
    ]) {
      expect(() => parseEnv({ TOTP_ENCRYPTION_KEY: bad })).toThrow(/TOTP_ENCRYPTION_KEY/);
    }
  });
});
