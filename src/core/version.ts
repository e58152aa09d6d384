declare const OGP_VERSION: string | undefined;
declare const OGP_BUILD: string | undefined;

/** Injected by the bundler from package.json; "dev" when running from source. */
export const VERSION: string = typeof OGP_VERSION === "string" ? OGP_VERSION : "dev";

/** Injected by the bundler: a hash of the sources, schemas and locked dependencies it built (scripts/build.mjs); "dev" from source. */
export const BUILD: string = typeof OGP_BUILD === "string" ? OGP_BUILD : "dev";
