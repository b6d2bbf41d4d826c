// Ministerial portfolios: the X of "X minister", "minister of X", "X ministry".
import { roles } from "./data.js";
import { normaliseName } from "./names.js";
import type { Portfolio } from "./types.js";

/** Lower-cased, normalised form that titles and body phrases are compared in. */
export function phraseKey(phrase: string): string {
  return normaliseName(phrase).toLowerCase();
}

const portfolios = new Map<string, Portfolio>();
for (const portfolio of roles.portfolios) {
  for (const form of [portfolio.name, ...portfolio.variants]) if (!portfolios.has(phraseKey(form))) portfolios.set(phraseKey(form), portfolio);
}

/** "foreign" for "foreign affairs", "defence" for "defense". */
export function lookupPortfolio(phrase: string): Portfolio | undefined {
  return portfolios.get(phraseKey(phrase).replace(/^the /, ""));
}

/**
 * The portfolio in a minister's, secretary's or ministry's title: "X minister", "minister of/for (the) X";
 * with `qualified`, also after words before it ("deputy foreign minister").
 */
export function portfolioOf(title: string, heads: readonly string[] = ["minister", "secretary"], qualified = false): Portfolio | undefined {
  const key = phraseKey(title);
  for (const head of heads) {
    if (key.endsWith(` ${head}`)) {
      // qualified: "deputy foreign minister", the portfolio is the longest tail of the words before the head.
      const words = key.slice(0, -head.length - 1).split(" ");
      for (let from = 0; from < (qualified ? words.length : 1); from++) {
        const found = lookupPortfolio(words.slice(from).join(" "));
        if (found) return found;
      }
    }
    for (const joiner of [" of ", " for "]) {
      if (key.startsWith(head + joiner)) {
        const found = lookupPortfolio(key.slice(head.length + joiner.length));
        if (found) return found;
      }
    }
  }
  return undefined;
}
