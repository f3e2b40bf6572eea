/**
 * Small helpers for scanning SpreadsheetML as text, without a DOM:
 * the fast reader only needs attributes, text runs and entity decoding.
 */

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entities: "&lt;a&gt; &#272;" -> "<a> Đ". */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Excel's escapes for characters XML cannot hold: "_x000D_" -> "\r", "_x005F_x000D_" -> "_x000D_". */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text of an element's content as Excel means it; literal line ends are normalized as any XML parser does. */
export const xmlText = (raw: string): string =>
  decodeExcelEscapes(decodeEntities(raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw));

/** Attributes of a start tag's inside: ` r="A1" s="2"` -> { r: "A1", s: "2" }. Prefixes are kept ("r:id"). */
export function parseAttributes(inside: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(inside); m; m = re.exec(inside)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a start tag's inside, without building a record (hot path). */
export function attribute(inside: string, name: string): string | undefined {
  let re = attributePatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, re);
  }
  const m = re.exec(inside);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

/**
 * Concatenates the text runs (<t>) of a shared or inline string, skipping phonetic runs (<rPh>).
 * "<r><t>Tổng </t></r><r><t>số</t></r>" -> "Tổng số"
 */
export function runsText(content: string): string {
  let s = content;
  if (s.indexOf('<rPh') >= 0) s = s.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out += m[1];
  return xmlText(out);
}

/** Documents written with a namespace prefix on every element ("<x:c>") are rewritten to plain names. */
export function dropElementPrefix(xml: string): string {
  // The root element comes first: look at the head only, not the whole part.
  const m = /<([A-Za-z]\w*):(worksheet|workbook|sst|styleSheet)\b/.exec(xml.slice(0, 2048));
  if (!m) return xml;
  const prefix = m[1]!;
  return xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
}
