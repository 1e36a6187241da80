import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@resvg/resvg-js",
    "pdfkit",
    "fontkit",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "@prisma/schema-engine-wasm",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
