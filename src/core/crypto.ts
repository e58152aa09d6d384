import { createRequire } from "node:module";
import type * as NodeCrypto from "node:crypto";

// node:crypto on first use, not when a module that may need it loads: loading it costs about 4 ms,
// and a warm `ogp lint --cache` over unchanged files (which knows every file's hash by its stamp,
// load/cache.ts) needs no hash at all. A plain `import` would load it with the bundle's chunk.
const requireBuiltin = createRequire(import.meta.url);
let loaded: typeof NodeCrypto | undefined;

/** node:crypto, loaded the first time it is asked for. */
export function crypto(): typeof NodeCrypto {
  return (loaded ??= requireBuiltin("node:crypto") as typeof NodeCrypto);
}
