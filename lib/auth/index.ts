import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientInfoFrom } from "./client-address";
import { authConfig } from "./config";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Throttled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAt: Date) {
    super();
  }
}
class TotpRequired extends CredentialsSignin {
  code = "totp_required";
}
class InvalidCode extends CredentialsSignin {
  code = "invalid_code";
}

const failures = { invalid: InvalidCredentials, totp_required: TotpRequired, invalid_code: InvalidCode };

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {}, otp: {} },
      async authorize(credentials, request) {
        const outcome = await authenticate(db, credentials, clientInfoFrom(request.headers, env.TRUSTED_PROXY_COUNT));
        if (!outcome.ok)
          throw outcome.reason === "throttled" ? new Throttled(outcome.retryAt) : new failures[outcome.reason]();
        return {
          id: String(outcome.userId),
          sessionVersion: outcome.sessionVersion,
          secondFactor: outcome.secondFactor,
        };
      },
    }),
  ],
});
