import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authConfig, signInRedirect } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce, servedOverHttps, strictTransportSecurity } from "@/lib/security-headers";

// Sends anonymous visitors to /login, and gives every page its Content-Security-Policy with a
// fresh script nonce. Every page, query and action checks the viewer and its scope again in the
// data layer (CVE-2025-29927 is why the proxy is never the only check).
const { auth } = NextAuth(authConfig);

export const proxy = auth((request) => {
  const csp = contentSecurityPolicy(newNonce());
  let response: NextResponse;
  const signIn = signInRedirect(Boolean(request.auth?.uid), request.nextUrl);
  if (signIn) {
    response = NextResponse.redirect(signIn);
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps(request.headers.get("x-forwarded-proto")))
    response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
});

// api/import checks the viewer itself and streams up to 50 MB: kept out so the proxy never buffers it.
export const config = {
  matcher: ["/((?!api/auth|api/import|_next/static|_next/image|favicon.ico|icon.svg|maplibre).*)"],
};
