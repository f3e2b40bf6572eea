import { attribute, decodeEntities } from './xml-text';

/** Excel's built-in number formats that are not General (ECMA-376 18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Number format of each cell style index (cellXfs order); undefined where General.
 * styles.xml: <numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts> <cellXfs><xf numFmtId="9"/>…</cellXfs>
 */
export function readStyleFormats(xml: string): Array<string | undefined> {
  const custom = new Map<number, string>();
  const numFmtsAt = xml.indexOf('<numFmts');
  if (numFmtsAt >= 0) {
    const end = xml.indexOf('</numFmts>', numFmtsAt);
    const block = xml.slice(numFmtsAt, end < 0 ? undefined : end);
    const re = /<numFmt\b([^>]*?)\/?>/g;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const id = Number(attribute(m[1]!, 'numFmtId'));
      const code = attribute(m[1]!, 'formatCode');
      if (Number.isFinite(id) && code !== undefined) custom.set(id, decodeEntities(code));
    }
  }
  const formats: Array<string | undefined> = [];
  const xfsAt = xml.indexOf('<cellXfs');
  if (xfsAt < 0) return formats;
  const end = xml.indexOf('</cellXfs>', xfsAt);
  const block = xml.slice(xfsAt, end < 0 ? undefined : end);
  const re = /<xf\b([^>]*?)\/?>/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const id = Number(attribute(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    formats.push(code === undefined || code === 'General' ? undefined : code);
  }
  return formats;
}
