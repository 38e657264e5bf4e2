import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { authConfig } from "./config";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Throttled extends CredentialsSignin {
  code = "throttled";
}
class TotpRequired extends CredentialsSignin {
  code = "totp_required";
}
class InvalidCode extends CredentialsSignin {
  code = "invalid_code";
}

const failures = { invalid: InvalidCredentials, throttled: Throttled, totp_required: TotpRequired, invalid_code: InvalidCode };

/** The client's address as the server saw it (Next sets x-forwarded-for on every request). */
function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {}, otp: {} },
      async authorize(credentials, request) {
        const outcome = await authenticate(db, credentials, clientAddress(request));
        if (!outcome.ok) throw new failures[outcome.reason]();
        return { id: String(outcome.userId), sessionVersion: outcome.sessionVersion };
      },
    }),
  ],
});
