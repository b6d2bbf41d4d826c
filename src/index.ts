// The Node API of newsgraph: extraction, graph building, Cypher queries and exports.
export { extract, contentHash, type ExtractOptions } from "./pipeline/extract.js";
export type { Claim, DocEntity, Extraction, InputDocument, InputFormat } from "./pipeline/types.js";
export { buildGraph, createGraph, addExtraction, nodeKey, edgeKey, type BuildOptions } from "./graph/build.js";
export { parseGraphJson, GraphFileError } from "./graph/json.js";
export * from "./graph/types.js";
export { query, queryStream, cypher, CypherError, CypherSyntaxError, CypherTimeoutError, type QueryOptions, type QueryResult, type Row } from "./query/index.js";
export { writeGexf, writeGraphml, writeJson, writeCsv, writeNeo4j, writeCypher, readGraphFile, FORMATS } from "./export/index.js";
