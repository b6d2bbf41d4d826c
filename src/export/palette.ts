/** Node colours by entity type (Tableau 10, readable on white and for common colour blindness). */
export const ENTITY_COLORS: Record<string, string> = {
  person: "#4e79a7",
  state: "#e15759",
  organisation: "#59a14f",
  place: "#f28e2b",
  proposal: "#b07aa1",
};
/** Colour of a node whose entity type is missing or unknown. */
export const OTHER_COLOR = "#9d9d9d";

export const entityColor = (entityType: unknown): string =>
  (typeof entityType === "string" && Object.hasOwn(ENTITY_COLORS, entityType) ? ENTITY_COLORS[entityType] : OTHER_COLOR);

/** Node size from its degree: grows with the square root so hubs stay readable. */
export const degreeSize = (degree: number): number => Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;
