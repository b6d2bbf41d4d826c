// Graph exports (GEXF, GraphML, JSON, CSV, Neo4j, Cypher) and imports (JSON, GEXF, GraphML).
// Browser-safe: no Node APIs here; writers return chunks and the caller does the I/O.
export { writeGexf, type GexfOptions } from "./gexf-write.js";
export { writeGraphml } from "./graphml-write.js";
export { writeJson } from "./json-write.js";
export { writeCsv } from "./csv-write.js";
export { writeNeo4j, NEO4J_IMPORT_COMMAND } from "./neo4j-write.js";
export { writeCypher } from "./cypher-write.js";
export { FORMATS, findFormat, type ExportFormat, type ExportOptions } from "./formats.js";
export { readGraphFile, READABLE_EXTENSIONS } from "./read.js";
export { GraphFileError } from "../graph/json.js";
export { readGexf } from "./gexf-read.js";
export { readGraphml } from "./graphml-read.js";
export { seededLayout, hasPositions, type LayoutOptions, type Positions } from "./layout.js";
export { ENTITY_COLORS, OTHER_COLOR, entityColor, degreeSize } from "./palette.js";
export { sampleGraph, syntheticGraph, type SyntheticOptions } from "./sample-graphs.js";
