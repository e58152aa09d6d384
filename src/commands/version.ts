declare const OGP_VERSION: string | undefined;

/** Injected by the bundler from package.json; "dev" when running from source. */
export const VERSION: string = typeof OGP_VERSION === "string" ? OGP_VERSION : "dev";
