import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Only sends anonymous visitors to /login. Every page, query and action checks the viewer and
// its scope again in the data layer (CVE-2025-29927 is why the proxy is never the only check).
const { auth } = NextAuth(authConfig);
export const proxy = auth;

// api/import checks the viewer itself and streams up to 50 MB: kept out so the proxy never buffers it.
export const config = {
  matcher: ["/((?!api/auth|api/import|_next/static|_next/image|favicon.ico|icon.svg|maplibre).*)"],
};
