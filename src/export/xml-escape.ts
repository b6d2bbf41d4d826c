// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF): replaced so hostile or binary text never makes an unreadable file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
  // Kept as references so attribute-value normalisation does not turn them into spaces.
  "\t": "&#9;", "\n": "&#10;", "\r": "&#13;",
};
const NEEDS_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `text` with the characters XML cannot carry replaced by U+FFFD: what a reader gets back. */
export const xmlSafe = (text: string): string => text.replace(FORBIDDEN, "\uFFFD");

/** Escapes text for a double-quoted XML attribute value or element content. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlSafe(text).replace(SPECIAL, (c) => ENTITIES[c]);
}
