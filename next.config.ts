import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";
import type { NextConfig } from "next";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite resolves its WASM and data files relative to its own module URL, and pdfkit reads its
  // font metrics next to its own file, and HiGHS (the desk planner's solver) loads highs.wasm from
  // beside its loader; bundling breaks all three.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "highs"],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  experimental: {
    // A commune boundary upload may be 2 MB (lib/map/boundary.ts); leave room for the form around it.
    serverActions: { bodySizeLimit: "3mb" },
    // Imports go to a route handler (app/api/import) that takes files up to 50 MB and refuses
    // larger ones itself with a clear message; the proxy would otherwise cut bodies at 10 MB.
    // That route is also outside the proxy's matcher, so its body streams in unbuffered.
    proxyClientMaxBodySize: "51mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
