// The matcher's thresholds, in one place: each says what it keeps apart.

/** Below this score two nodes are not the same node. */
export const THRESHOLD = 0.3;
/** A pair across levels (a strategy promoted to a goal) needs this score... */
export const CROSS_LEVEL_THRESHOLD = 0.4;
/** ...and to beat every same-level candidate of either node by this much. */
export const LEVEL_MARGIN = 0.1;
/** A leftover that scores this well against a paired node may continue it (a split or a merge). */
export const SPLIT_THRESHOLD = 0.35;
/** A part of a split must add this share of the old node's words to what its first part holds... */
export const SPLIT_GAIN = 0.15;
/** ...and draw at least this share of its own words from the old node. */
export const SPLIT_DRAWN = 0.5;
/** Or the title is divided: the part's title adds this share of the old title's words to the first part's title. */
export const SPLIT_TITLE_GAIN = 0.3;
/** Titles at or above this overlap are the same title. */
export const SAME_TITLE = 0.9;
/** Named entities, repeated under many parents: paired only under parents that continue each other. */
export const ENTITY_TYPES: ReadonlySet<string> = new Set(["stakeholder", "value"]);
/**
 * Below this much word overlap (title or whole text) two nodes are not candidates whatever their
 * context: two top-level nodes of the same type would otherwise clear the threshold on context and
 * type alone, and tie every node of a large plan into one slow, meaningless component.
 */
export const TEXT_FLOOR = 0.2;
/** A pair is ambiguous when another candidate of either node scores within this margin. */
export const AMBIGUITY_MARGIN = 0.05;
