// cypher`MATCH (n {label: ${name}}) RETURN n` -> { text: "MATCH (n {label: $p0}) RETURN n", params: { p0: name } }

export interface CypherQuery {
  text: string;
  params: Record<string, unknown>;
}

export function cypher(strings: TemplateStringsArray, ...values: unknown[]): CypherQuery {
  let text = strings[0]!;
  const params: Record<string, unknown> = {};
  values.forEach((v, i) => {
    params[`p${i}`] = v;
    text += `$p${i}${strings[i + 1]}`;
  });
  return { text, params };
}
