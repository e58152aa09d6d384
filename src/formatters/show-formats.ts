import type { NodeView } from "../analyses/node-view.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp show --format` choices, each loaded only when chosen. */
export const SHOW_FORMATS = {
  text: async () => {
    const { formatShow } = await import("./show-text.js");
    return (view, context) => formatShow(view, context.colors);
  },
  json: async () => (view) => `${JSON.stringify(view, null, 2)}\n`,
} satisfies FormatRegistry<NodeView>;
