// Recursive-descent parser for the supported openCypher subset (see README.md). Errors name line, column and
// what was expected.
import type { Clause, Expr, MapProjItem, NodePattern, PatternPart, Pos, Projection, ProjectionItem, Query, RelPattern, SingleQuery, SortItem } from "./ast.js";
import { CypherSyntaxError } from "./errors.js";
import { tokenize, type Token } from "./lexer.js";
import { float } from "./values.js";

/** Words that start or continue a clause: never a variable (a quoted `name` still may be). */
const CLAUSE_KEYWORDS = new Set(["MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "CREATE", "CALL", "YIELD", "UNION", "ORDER", "SKIP", "LIMIT"]);
const UNSUPPORTED = new Set(["MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "LOAD"]);

export function parse(src: string): Query {
  return new Parser(src).query();
}

class Parser {
  private toks: Token[];
  private i = 0;
  constructor(private src: string) {
    this.toks = tokenize(src);
  }

  // ---- token helpers
  private get t(): Token {
    return this.toks[this.i]!;
  }
  private peek(n = 1): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  private pos(t = this.t): Pos {
    return { line: t.line, column: t.column };
  }
  private isKw(kw: string, t = this.t): boolean {
    return t.kind === "ident" && t.text.toUpperCase() === kw;
  }
  private isP(p: string, t = this.t): boolean {
    return t.kind === "punct" && t.text === p;
  }
  private acceptKw(kw: string): boolean {
    if (!this.isKw(kw)) return false;
    this.i++;
    return true;
  }
  private acceptP(p: string): boolean {
    if (!this.isP(p)) return false;
    this.i++;
    return true;
  }
  private fail(expected: string, t = this.t, code?: string): never {
    const found = t.kind === "eof" ? "end of input" : `'${this.src.slice(t.start, t.end)}'`;
    throw new CypherSyntaxError(`expected ${expected} but found ${found}`, t.line, t.column, code);
  }
  private expectKw(kw: string): void {
    if (!this.acceptKw(kw)) this.fail(kw);
  }
  private expectP(p: string): void {
    if (!this.acceptP(p)) this.fail(`'${p}'`);
  }
  private name(what = "a name"): string {
    const t = this.t;
    if (t.kind === "ident" || t.kind === "qident") {
      this.i++;
      return t.text;
    }
    return this.fail(what);
  }
  private symbolicName(): string {
    // Labels, types and property keys may be reserved words.
    return this.name("a name");
  }

  // ---- query structure
  query(): Query {
    const parts: SingleQuery[] = [this.singleQuery()];
    const unionAll: boolean[] = [];
    while (this.acceptKw("UNION")) {
      unionAll.push(this.acceptKw("ALL"));
      parts.push(this.singleQuery());
    }
    this.acceptP(";");
    if (this.t.kind !== "eof") this.fail("a clause (MATCH, RETURN, ...) or end of input");
    return { parts, unionAll };
  }

  private singleQuery(): SingleQuery {
    const clauses: Clause[] = [];
    while (this.t.kind !== "eof" && !this.isKw("UNION") && !this.isP(";")) clauses.push(this.clause());
    if (clauses.length === 0) this.fail("a clause (MATCH, RETURN, CREATE, ...)");
    return { clauses };
  }

  private clause(): Clause {
    const pos = this.pos();
    if (this.isKw("OPTIONAL")) {
      this.i++;
      this.expectKw("MATCH");
      return this.matchRest(true, pos);
    }
    if (this.acceptKw("MATCH")) return this.matchRest(false, pos);
    if (this.acceptKw("UNWIND")) {
      const e = this.expr();
      this.expectKw("AS");
      return { k: "unwind", e, v: this.name("a variable"), pos };
    }
    if (this.acceptKw("WITH")) {
      const p = this.projection(pos);
      const where = this.acceptKw("WHERE") ? this.expr() : undefined;
      return { k: "with", ...p, where };
    }
    if (this.acceptKw("RETURN")) return { k: "return", ...this.projection(pos) };
    if (this.acceptKw("CREATE")) return { k: "create", pattern: this.pattern(), pos };
    if (this.acceptKw("CALL")) return this.call(pos);
    if (this.t.kind === "ident" && UNSUPPORTED.has(this.t.text.toUpperCase()))
      throw new CypherSyntaxError(`${this.t.text.toUpperCase()} is not supported: the engine is read-only apart from CREATE`, pos.line, pos.column);
    return this.fail("a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CREATE, CALL)");
  }

  private matchRest(optional: boolean, pos: Pos): Clause {
    const pattern = this.pattern();
    const where = this.acceptKw("WHERE") ? this.expr() : undefined;
    return { k: "match", optional, pattern, where, pos };
  }

  private call(pos: Pos): Clause {
    const parts = [this.name("a procedure name")];
    while (this.acceptP(".")) parts.push(this.name("a procedure name"));
    let args: Expr[] | undefined;
    if (this.acceptP("(")) {
      args = [];
      if (!this.isP(")")) {
        do args.push(this.expr());
        while (this.acceptP(","));
      }
      this.expectP(")");
    }
    let yields: { name: string; alias: string }[] | undefined;
    let yieldStar = false;
    let where: Expr | undefined;
    if (this.acceptKw("YIELD")) {
      if (this.acceptP("*")) yieldStar = true;
      else {
        yields = [];
        do {
          const name = this.name("a column name");
          const alias = this.acceptKw("AS") ? this.name("a variable") : name;
          yields.push({ name, alias });
        } while (this.acceptP(","));
      }
      if (this.acceptKw("WHERE")) where = this.expr();
    }
    return { k: "call", name: parts.join("."), args, yields, yieldStar, where, pos };
  }

  private projection(pos: Pos): Projection {
    const distinct = this.acceptKw("DISTINCT");
    let star = false;
    const items: ProjectionItem[] = [];
    if (this.acceptP("*")) {
      star = true;
      if (this.acceptP(",")) items.push(...this.projectionItems());
    } else items.push(...this.projectionItems());
    const orderBy: SortItem[] = [];
    if (this.isKw("ORDER")) {
      this.i++;
      this.expectKw("BY");
      do {
        const e = this.expr();
        let desc = false;
        if (this.acceptKw("DESC") || this.acceptKw("DESCENDING")) desc = true;
        else if (this.acceptKw("ASC") || this.acceptKw("ASCENDING")) desc = false;
        orderBy.push({ e, desc });
      } while (this.acceptP(","));
    }
    const skip = this.acceptKw("SKIP") ? this.expr() : undefined;
    const limit = this.acceptKw("LIMIT") ? this.expr() : undefined;
    return { distinct, star, items, orderBy, skip, limit, pos };
  }

  private projectionItems(): ProjectionItem[] {
    const items: ProjectionItem[] = [];
    do {
      const first = this.t;
      const e = this.expr();
      const last = this.toks[this.i - 1]!;
      if (this.acceptKw("AS")) items.push({ e, name: this.name("an alias"), aliased: true });
      else items.push({ e, name: this.src.slice(first.start, last.end), aliased: false });
    } while (this.acceptP(","));
    return items;
  }

  // ---- patterns
  private pattern(): PatternPart[] {
    const parts = [this.patternPart()];
    while (this.acceptP(",")) parts.push(this.patternPart());
    return parts;
  }

  private patternPart(): PatternPart {
    const pos = this.pos();
    let variable: string | undefined;
    if ((this.t.kind === "ident" || this.t.kind === "qident") && this.isP("=", this.peek())) {
      variable = this.t.text;
      this.i += 2;
    }
    let shortest: PatternPart["shortest"];
    if ((this.isKw("SHORTESTPATH") || this.isKw("ALLSHORTESTPATHS")) && this.isP("(", this.peek())) {
      shortest = this.isKw("SHORTESTPATH") ? "one" : "all";
      this.i += 2;
      const chain = this.chain();
      this.expectP(")");
      return { variable, shortest, ...chain, pos };
    }
    if ((this.isKw("ANY") || this.isKw("ALL")) && this.isKw("SHORTEST", this.peek())) {
      shortest = this.isKw("ANY") ? "one" : "all";
      this.i += 2;
    }
    return { variable, shortest, ...this.chain(), pos };
  }

  private chain(): { nodes: NodePattern[]; rels: RelPattern[] } {
    const nodes = [this.nodePattern()];
    const rels: RelPattern[] = [];
    while (this.isP("-") || (this.isP("<") && this.isP("-", this.peek()))) {
      rels.push(this.relPattern());
      nodes.push(this.nodePattern());
    }
    return { nodes, rels };
  }

  private nodePattern(): NodePattern {
    const pos = this.pos();
    this.expectP("(");
    let variable: string | undefined;
    if (this.t.kind === "ident" || this.t.kind === "qident") variable = this.name();
    const labels: string[] = [];
    while (this.acceptP(":")) labels.push(this.symbolicName());
    let properties: Expr | undefined;
    if (this.isP("{")) properties = this.mapLiteral();
    else if (this.t.kind === "param") {
      const t = this.t;
      throw new CypherSyntaxError("a parameter cannot be used as a property map in a pattern, expected '{'", t.line, t.column, "InvalidParameterUse");
    }
    this.expectP(")");
    return { variable, labels, properties, pos };
  }

  private relPattern(): RelPattern {
    const pos = this.pos();
    const left = this.acceptP("<");
    this.expectP("-");
    let variable: string | undefined;
    const types: string[] = [];
    let properties: Expr | undefined;
    let range: RelPattern["range"];
    if (this.acceptP("[")) {
      if (this.t.kind === "ident" || this.t.kind === "qident") variable = this.name();
      if (this.acceptP(":")) {
        types.push(this.symbolicName());
        while (this.acceptP("|")) {
          this.acceptP(":");
          types.push(this.symbolicName());
        }
      }
      if (this.acceptP("*")) {
        range = {};
        if (this.t.kind === "int") range.min = this.intLit();
        if (this.acceptP("..")) {
          if (this.t.kind === "int") range.max = this.intLit();
        } else if (range.min !== undefined) range.max = range.min;
      }
      if (this.isP("{")) properties = this.mapLiteral();
      else if (this.t.kind === "param") {
        const t = this.t;
        throw new CypherSyntaxError("a parameter cannot be used as a property map in a pattern, expected '{'", t.line, t.column, "InvalidParameterUse");
      }
      this.expectP("]");
    }
    this.expectP("-");
    const right = this.acceptP(">");
    const direction = left && !right ? "in" : right && !left ? "out" : "both";
    return { variable, types, direction, properties, range, pos };
  }

  private intLit(): number {
    const v = this.t.value!;
    this.i++;
    return v;
  }

  // ---- expressions, lowest precedence first
  expr(): Expr {
    let l = this.xorExpr();
    while (this.acceptKw("OR")) l = { k: "bin", op: "OR", l, r: this.xorExpr() };
    return l;
  }
  private xorExpr(): Expr {
    let l = this.andExpr();
    while (this.acceptKw("XOR")) l = { k: "bin", op: "XOR", l, r: this.andExpr() };
    return l;
  }
  private andExpr(): Expr {
    let l = this.notExpr();
    while (this.acceptKw("AND")) l = { k: "bin", op: "AND", l, r: this.notExpr() };
    return l;
  }
  private notExpr(): Expr {
    if (this.acceptKw("NOT")) return { k: "not", e: this.notExpr() };
    return this.comparison();
  }
  private comparison(): Expr {
    const first = this.predicateExpr();
    const ops: string[] = [];
    const args: Expr[] = [first];
    for (;;) {
      const t = this.t;
      if (t.kind === "punct" && ["=", "<>", "!=", "<", ">", "<=", ">="].includes(t.text)) {
        this.i++;
        ops.push(t.text === "!=" ? "<>" : t.text);
        args.push(this.predicateExpr());
      } else break;
    }
    return ops.length ? { k: "cmp", ops, args } : first;
  }
  private predicateExpr(): Expr {
    let l = this.addSub();
    for (;;) {
      if (this.isKw("STARTS") && this.isKw("WITH", this.peek())) {
        this.i += 2;
        l = { k: "bin", op: "STARTS WITH", l, r: this.addSub() };
      } else if (this.isKw("ENDS") && this.isKw("WITH", this.peek())) {
        this.i += 2;
        l = { k: "bin", op: "ENDS WITH", l, r: this.addSub() };
      } else if (this.acceptKw("CONTAINS")) l = { k: "bin", op: "CONTAINS", l, r: this.addSub() };
      else if (this.acceptKw("IN")) l = { k: "bin", op: "IN", l, r: this.addSub() };
      else if (this.acceptP("=~")) l = { k: "bin", op: "=~", l, r: this.addSub() };
      else if (this.isKw("IS")) {
        this.i++;
        const not = this.acceptKw("NOT");
        this.expectKw("NULL");
        l = { k: "isnull", e: l, not };
      } else return l;
    }
  }
  private addSub(): Expr {
    let l = this.mulDiv();
    for (;;) {
      if (this.acceptP("+")) l = { k: "bin", op: "+", l, r: this.mulDiv() };
      else if (this.acceptP("-")) l = { k: "bin", op: "-", l, r: this.mulDiv() };
      else return l;
    }
  }
  private mulDiv(): Expr {
    let l = this.power();
    for (;;) {
      const t = this.t;
      if (t.kind === "punct" && (t.text === "*" || t.text === "/" || t.text === "%")) {
        this.i++;
        l = { k: "bin", op: t.text, l, r: this.power() };
      } else return l;
    }
  }
  private power(): Expr {
    let l = this.unary();
    while (this.acceptP("^")) l = { k: "bin", op: "^", l, r: this.unary() };
    return l;
  }
  private unary(): Expr {
    if (this.acceptP("-")) {
      const t = this.t;
      if (t.kind === "int" || t.kind === "float") {
        const e = this.postfix();
        if (e.k === "lit" && typeof e.v === "number") return { k: "lit", v: -e.v };
        return { k: "neg", e };
      }
      return { k: "neg", e: this.unary() };
    }
    if (this.acceptP("+")) return this.unary();
    const t = this.t;
    const e = this.postfix();
    if (t.kind === "int" && t.big && e.k === "lit")
      throw new CypherSyntaxError(`integer too large '${t.text}'`, t.line, t.column, "IntegerOverflow");
    return e;
  }
  private postfix(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.isP(".")) {
        this.i++;
        e = { k: "prop", obj: e, key: this.symbolicName() };
      } else if (this.isP("[")) {
        this.i++;
        if (this.acceptP("..")) {
          const to = this.isP("]") ? undefined : this.expr();
          this.expectP("]");
          e = { k: "slice", obj: e, to };
          continue;
        }
        const idx = this.expr();
        if (this.acceptP("..")) {
          const to = this.isP("]") ? undefined : this.expr();
          this.expectP("]");
          e = { k: "slice", obj: e, from: idx, to };
        } else {
          this.expectP("]");
          e = { k: "index", obj: e, idx };
        }
      } else if (this.isP(":") && (this.peek().kind === "ident" || this.peek().kind === "qident")) {
        const labels: string[] = [];
        while (this.acceptP(":")) labels.push(this.symbolicName());
        e = { k: "haslabels", e, labels };
      } else return e;
    }
  }

  private atom(): Expr {
    const t = this.t;
    const pos = this.pos();
    switch (t.kind) {
      case "int":
        this.i++;
        return { k: "lit", v: t.value! };
      case "float":
        this.i++;
        return { k: "lit", v: float(t.value!) };
      case "string":
        this.i++;
        return { k: "lit", v: t.text };
      case "param":
        this.i++;
        return { k: "param", name: t.text, pos };
      case "eof":
        return this.fail("an expression");
      case "punct":
        if (t.text === "[") return this.listOrComprehension();
        if (t.text === "{") return this.mapLiteral();
        if (t.text === "(") {
          const pattern = this.tryPatternPredicate();
          if (pattern) return pattern;
          this.i++;
          const e = this.expr();
          this.expectP(")");
          return e;
        }
        return this.fail("an expression");
      case "qident":
        this.i++;
        return this.afterVariable({ k: "var", name: t.text, pos });
    }
    const up = t.text.toUpperCase();
    if (up === "TRUE") { this.i++; return { k: "lit", v: true }; }
    if (up === "FALSE") { this.i++; return { k: "lit", v: false }; }
    if (up === "NULL") { this.i++; return { k: "lit", v: null }; }
    if (up === "CASE") return this.caseExpr();
    if ((up === "EXISTS" || up === "COUNT") && this.isP("{", this.peek())) return this.subquery(up === "EXISTS" ? "exists" : "countsub");
    if (["ALL", "ANY", "NONE", "SINGLE"].includes(up) && this.isP("(", this.peek()) && this.isKw("IN", this.peek(3))) {
      this.i += 2;
      const v = this.name("a variable");
      this.expectKw("IN");
      const list = this.expr();
      const where = this.acceptKw("WHERE") ? this.expr() : undefined;
      this.expectP(")");
      return { k: "quant", q: up.toLowerCase() as "all", v, list, where };
    }
    if (up === "REDUCE" && this.isP("(", this.peek())) {
      this.i += 2;
      const acc = this.name("an accumulator variable");
      this.expectP("=");
      const init = this.expr();
      this.expectP(",");
      const v = this.name("a variable");
      this.expectKw("IN");
      const list = this.expr();
      this.expectP("|");
      const e = this.expr();
      this.expectP(")");
      return { k: "reduce", acc, init, v, list, e };
    }
    // function call: name(.name)* (
    let j = this.i + 1;
    while (this.isP(".", this.toks[j]) && ["ident", "qident"].includes(this.toks[j + 1]!.kind)) j += 2;
    if (this.isP("(", this.toks[j])) {
      const name = this.toks.slice(this.i, j).map((x) => x.text).join("");
      this.i = j + 1;
      if (name.toLowerCase() === "count" && this.isP("*")) {
        this.i++;
        this.expectP(")");
        return { k: "call", name: "count", args: [], distinct: false, star: true, pos };
      }
      const distinct = this.acceptKw("DISTINCT");
      const args: Expr[] = [];
      if (!this.isP(")")) {
        do args.push(this.expr());
        while (this.acceptP(","));
      }
      this.expectP(")");
      return { k: "call", name, args, distinct, star: false, pos };
    }
    // A clause keyword where an expression belongs: the expression is missing (`WHERE n.x = RETURN n`).
    if (CLAUSE_KEYWORDS.has(up)) return this.fail("an expression");
    this.i++;
    return this.afterVariable({ k: "var", name: t.text, pos });
  }

  private afterVariable(v: Expr): Expr {
    if (!this.isP("{")) return v;
    this.i++;
    const items: MapProjItem[] = [];
    if (!this.isP("}")) {
      do {
        if (this.acceptP(".")) {
          if (this.acceptP("*")) items.push({ kind: "all" });
          else items.push({ kind: "prop", key: this.symbolicName() });
        } else {
          const name = this.name("a property selector");
          if (this.acceptP(":")) items.push({ kind: "lit", key: name, e: this.expr() });
          else items.push({ kind: "var", name });
        }
      } while (this.acceptP(","));
    }
    this.expectP("}");
    return { k: "mapproj", e: v, items };
  }

  private mapLiteral(): Expr {
    this.expectP("{");
    const entries: [string, Expr][] = [];
    if (!this.isP("}")) {
      do {
        const key = this.symbolicName();
        this.expectP(":");
        entries.push([key, this.expr()]);
      } while (this.acceptP(","));
    }
    this.expectP("}");
    return { k: "map", entries };
  }

  private caseExpr(): Expr {
    this.i++;
    const test = this.isKw("WHEN") ? undefined : this.expr();
    const whens: [Expr, Expr][] = [];
    while (this.acceptKw("WHEN")) {
      const w = this.expr();
      this.expectKw("THEN");
      whens.push([w, this.expr()]);
    }
    if (whens.length === 0) this.fail("WHEN");
    const otherwise = this.acceptKw("ELSE") ? this.expr() : undefined;
    this.expectKw("END");
    return { k: "case", test, whens, else: otherwise };
  }

  private subquery(kind: "exists" | "countsub"): Expr {
    this.i += 2;
    this.acceptKw("MATCH");
    const patterns = this.pattern();
    const where = this.acceptKw("WHERE") ? this.expr() : undefined;
    this.expectP("}");
    return { k: kind, patterns, where };
  }

  /** `(a)-->(b)` used as a predicate; undefined (position unchanged) when the parenthesis opens an expression. */
  private tryPatternPredicate(): Expr | undefined {
    const save = this.i;
    try {
      const pos = this.pos();
      const chain = this.chain();
      if (chain.rels.length === 0) throw new Error("not a pattern");
      return { k: "exists", patterns: [{ ...chain, pos }], bare: true };
    } catch {
      this.i = save;
      return undefined;
    }
  }

  private listOrComprehension(): Expr {
    this.i++;
    // [x IN list WHERE ... | ...]
    if ((this.t.kind === "ident" || this.t.kind === "qident") && this.isKw("IN", this.peek())) {
      const v = this.name();
      this.i++;
      const list = this.expr();
      const where = this.acceptKw("WHERE") ? this.expr() : undefined;
      const map = this.acceptP("|") ? this.expr() : undefined;
      this.expectP("]");
      return { k: "listcomp", v, list, where, map };
    }
    // [p = (a)-->(b) WHERE ... | expr] or [(a)-->(b) | expr]
    if (this.isP("(") || ((this.t.kind === "ident" || this.t.kind === "qident") && this.isP("=", this.peek()))) {
      const save = this.i;
      try {
        const part = this.patternPart();
        if (part.rels.length === 0 || !(this.isKw("WHERE") || this.isP("|"))) throw new Error("not a pattern comprehension");
        const where = this.acceptKw("WHERE") ? this.expr() : undefined;
        this.expectP("|");
        const map = this.expr();
        this.expectP("]");
        return { k: "patcomp", pattern: part, where, map };
      } catch {
        // not a pattern comprehension: a list literal starting with a parenthesised expression
        this.i = save;
      }
    }
    const items: Expr[] = [];
    if (!this.isP("]")) {
      do items.push(this.expr());
      while (this.acceptP(","));
    }
    if (!this.acceptP("]")) this.fail("',' or ']'");
    return { k: "list", items };
  }
}
