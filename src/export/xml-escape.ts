// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF): replaced so hostile or binary text never makes an unreadable file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with the characters XML cannot carry replaced by U+FFFD: what a reader gets back. */
export const xmlSafe = (text: string): string => text.replace(FORBIDDEN, "\uFFFD");

/**
 * Escapes text for a double-quoted XML attribute value or element content, replacing what XML cannot
 * carry (as xmlSafe). One pass over the characters: this runs for every value of every element.
 */
export function escapeXml(text: string): string {
  let out = "", last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x3e && c < 0xd800) continue; // Past '>' and below the surrogates: nothing to do.
    let replacement: string;
    if (c < 0x20) replacement = c === 0x09 ? "&#9;" : c === 0x0a ? "&#10;" : c === 0x0d ? "&#13;" : "\uFFFD";
    else if (c === 0x22) replacement = "&quot;";
    else if (c === 0x26) replacement = "&amp;";
    else if (c === 0x3c) replacement = "&lt;";
    else if (c === 0x3e) replacement = "&gt;";
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = "\uFFFD";
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) replacement = "\uFFFD";
    else continue;
    out += text.slice(last, i) + replacement;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
