// The syntax tree produced by parser.ts. `pos` is the source position of the construct, for errors.

export interface Pos {
  line: number;
  column: number;
}

export type Expr =
  | { k: "lit"; v: import("./values.js").Value }
  | { k: "param"; name: string; pos: Pos }
  | { k: "var"; name: string; pos: Pos }
  | { k: "prop"; obj: Expr; key: string }
  | { k: "index"; obj: Expr; idx: Expr }
  | { k: "slice"; obj: Expr; from?: Expr; to?: Expr }
  | { k: "list"; items: Expr[] }
  | { k: "map"; entries: [string, Expr][] }
  | { k: "call"; name: string; args: Expr[]; distinct: boolean; star: boolean; pos: Pos }
  | { k: "bin"; op: string; l: Expr; r: Expr }
  | { k: "not"; e: Expr }
  | { k: "neg"; e: Expr }
  | { k: "cmp"; ops: string[]; args: Expr[] }
  | { k: "isnull"; e: Expr; not: boolean }
  | { k: "haslabels"; e: Expr; labels: string[] }
  | { k: "case"; test?: Expr; whens: [Expr, Expr][]; else?: Expr }
  | { k: "listcomp"; v: string; list: Expr; where?: Expr; map?: Expr }
  | { k: "quant"; q: "all" | "any" | "none" | "single"; v: string; list: Expr; where?: Expr }
  | { k: "reduce"; acc: string; init: Expr; v: string; list: Expr; e: Expr }
  | { k: "patcomp"; pattern: PatternPart; where?: Expr; map: Expr }
  /** `EXISTS { ... }`, or `bare` for a pattern used as a predicate: `WHERE (a)-->(b)`. */
  | { k: "exists"; patterns: PatternPart[]; where?: Expr; bare?: boolean }
  | { k: "countsub"; patterns: PatternPart[]; where?: Expr }
  | { k: "mapproj"; e: Expr; items: MapProjItem[] };

export type MapProjItem = { kind: "prop"; key: string } | { kind: "all" } | { kind: "var"; name: string } | { kind: "lit"; key: string; e: Expr };

export interface NodePattern {
  variable?: string;
  labels: string[];
  properties?: Expr;
  pos: Pos;
}
export interface RelPattern {
  variable?: string;
  types: string[];
  direction: "out" | "in" | "both";
  properties?: Expr;
  /** Present for variable-length relationships `[*min..max]`. */
  range?: { min?: number; max?: number };
  pos: Pos;
}
export interface PatternPart {
  variable?: string;
  shortest?: "one" | "all";
  nodes: NodePattern[];
  rels: RelPattern[];
  pos: Pos;
}

export interface ProjectionItem {
  e: Expr;
  /** Output column name: the alias, or the expression's source text. */
  name: string;
  aliased: boolean;
}
export interface SortItem {
  e: Expr;
  desc: boolean;
}
export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ProjectionItem[];
  orderBy: SortItem[];
  skip?: Expr;
  limit?: Expr;
  pos: Pos;
}

export type Clause =
  | { k: "match"; optional: boolean; pattern: PatternPart[]; where?: Expr; pos: Pos }
  | { k: "unwind"; e: Expr; v: string; pos: Pos }
  | ({ k: "with"; where?: Expr } & Projection)
  | ({ k: "return" } & Projection)
  | { k: "create"; pattern: PatternPart[]; pos: Pos }
  | { k: "call"; name: string; args?: Expr[]; yields?: { name: string; alias: string }[]; yieldStar: boolean; where?: Expr; pos: Pos };

export interface SingleQuery {
  clauses: Clause[];
}
export interface Query {
  parts: SingleQuery[];
  /** unionAll[i] joins parts[i] and parts[i+1]. */
  unionAll: boolean[];
}
