// Streaming XML reading for graph files with saxes: no DOM, no eval, no external entities, and every
// error names the file, the line and (for content errors) the element.
import { SaxesParser, type SaxesTagNS } from "saxes";
import { GraphFileError, type ReadWarnings } from "../graph/json.js";

export interface XmlHandlers {
  /** `line` is where the start tag ends. */
  open(tag: SaxesTagNS, line: number): void;
  close?(tag: SaxesTagNS): void;
  text?(text: string): void;
}

/** A problem with the content of a well-formed element; parseXml adds the file, line and element. */
export class XmlContentError extends Error {}

/**
 * Parses `text` (a string, or chunks of one so files larger than a JS string can be read), calling the
 * handlers; throws GraphFileError on malformed XML or an XmlContentError from a handler.
 */
export function parseXml(text: string | Iterable<string>, file: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let element = "";
  const fail = (message: string) => new GraphFileError(`${file}: line ${parser.line}${element ? `, <${element}>` : ""}: ${message}`);
  parser.on("error", (error) => {
    const match = /^(\d+):(\d+): (.*)$/s.exec(error.message);
    throw new GraphFileError(match ? `${file}: line ${match[1]}, column ${match[2]}: ${match[3]} (malformed XML)` : `${file}: ${error.message} (malformed XML)`);
  });
  const guard = <T>(name: string, run: (value: T, line: number) => void) => (value: T) => {
    element = name;
    try {
      run(value, parser.line);
    } catch (error) {
      if (error instanceof XmlContentError) throw fail(error.message);
      throw error;
    }
  };
  parser.on("opentag", (tag) => guard<SaxesTagNS>(tag.name, handlers.open)(tag));
  if (handlers.close) parser.on("closetag", (tag) => guard<SaxesTagNS>(tag.name, handlers.close!)(tag));
  if (handlers.text) parser.on("text", (t) => guard<string>(element, handlers.text!)(t));
  let first = true;
  for (const chunk of typeof text === "string" ? [text] : text) {
    // A byte-order mark is not part of the document.
    parser.write(first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk);
    first = false;
  }
  element = "";
  parser.close();
}

/** The value of an attribute without a namespace prefix. */
export const attribute = (tag: SaxesTagNS, name: string): string | undefined => tag.attributes[name]?.value;

/** The value of a required attribute; its absence is a content error naming the attribute. */
export function requiredAttribute(tag: SaxesTagNS, name: string): string {
  const value = attribute(tag, name);
  if (value === undefined) throw new XmlContentError(`missing required attribute '${name}'`);
  return value;
}

/**
 * An attribute name a plain object can hold: values are set by assignment, and assigning to "__proto__"
 * replaces the object's prototype instead, losing the value. It is read as "__proto___", with a warning.
 */
export function attributeName(name: string, warnings: ReadWarnings): string {
  if (name !== "__proto__") return name;
  warnings.add("attribute-proto", "attribute '__proto__' is read as '__proto___' (a JavaScript object cannot hold that name)");
  return "__proto___";
}
