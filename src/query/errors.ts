// Error classes follow the openCypher TCK's error types; `code` is the TCK detail (UndefinedVariable, ...).

export class CypherError extends Error {
  constructor(message: string, readonly code = "") {
    super(message);
    this.name = "CypherError";
  }
}

/** A query that cannot be compiled: bad syntax or bad semantics. Points at the offending line and column. */
export class CypherSyntaxError extends CypherError {
  constructor(message: string, readonly line: number, readonly column: number, code = "UnexpectedSyntax") {
    super(`${message} (line ${line}, column ${column})`, code);
    this.name = "CypherSyntaxError";
  }
}

/** A value of the wrong type at run time. */
export class CypherTypeError extends CypherError {
  constructor(message: string, code = "InvalidArgumentType") {
    super(message, code);
    this.name = "CypherTypeError";
  }
}

/** A bad argument value at run time (negative LIMIT, out-of-range number, ...). */
export class CypherArgumentError extends CypherError {
  constructor(message: string, code = "InvalidArgumentValue") {
    super(message, code);
    this.name = "CypherArgumentError";
  }
}

/** The query held more rows at once than its limit (maxIntermediateRows): in a buffer, a set or its result. */
export class CypherRowLimitError extends CypherError {
  constructor(readonly maxIntermediateRows: number, what: string) {
    super(`query held more than ${maxIntermediateRows} rows for ${what} (maxIntermediateRows)`, "RowLimit");
    this.name = "CypherRowLimitError";
  }
}

/** The query ran past its time limit. */
export class CypherTimeoutError extends CypherError {
  constructor(readonly timeoutMs: number) {
    super(`query exceeded its time limit of ${timeoutMs} ms`, "Timeout");
    this.name = "CypherTimeoutError";
  }
}
