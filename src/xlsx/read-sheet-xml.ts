import { cellKey, parseRangeA1, type CellRange, type CellValue, type SheetGrid } from '../engine/grid';
import { attribute, runsText, xmlText } from './xml-text';

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format by style index; undefined for General. */
  styleFormats: ReadonlyArray<string | undefined>;
}


/** Column index of a cell reference's letters, fast: "C8" -> 2. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col - 1;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number(ref.slice(i)) - 1;
}

function between(content: string, open: string, close: string): string | undefined {
  const at = content.indexOf(open);
  if (at < 0) return undefined;
  const start = content.indexOf('>', at) + 1;
  if (content[start - 2] === '/') return '';
  const end = content.indexOf(close, start);
  return end < 0 ? undefined : content.slice(start, end);
}

function cellValue(type: string | undefined, content: string, ctx: SheetContext): CellValue {
  if (type === 'inlineStr') {
    const is = between(content, '<is', '</is>');
    return is === undefined ? null : runsText(is);
  }
  const v = between(content, '<v', '</v>');
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(v)] ?? null;
    case 'str':
    case 'e':
    case 'd':
      return xmlText(v);
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    default: {
      if (v.trim() === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : xmlText(v);
    }
  }
}

/**
 * Reads one worksheet part by scanning its XML: values by type, number formats of numeric cells, merges.
 * Cells without an "r" reference take the next column, as Excel does.
 */
export function readSheetXml(name: string, xml: string, ctx: SheetContext): SheetGrid {
  const values: CellValue[][] = [];
  const numFmts: Record<string, string> = {};
  const merges: CellRange[] = [];
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  if (dataStart >= 0 && dataEnd > dataStart) {
    const data = xml.slice(dataStart, dataEnd);
    const re = /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    let row = -1;
    let col = -1;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      if (m[1] !== undefined) {
        const r = attribute(m[1], 'r');
        row = r ? Number(r) - 1 : row + 1;
        col = -1;
        continue;
      }
      const inside = m[2]!;
      const ref = attribute(inside, 'r');
      if (ref) {
        col = columnOf(ref);
        const r = rowOf(ref);
        if (Number.isFinite(r) && r >= 0) row = r;
      } else col += 1;
      const content = m[3];
      if (content === undefined || row < 0 || col < 0) continue;
      const type = attribute(inside, 't');
      const value = cellValue(type, content, ctx);
      if (value === null) continue;
      (values[row] ??= [])[col] = value;
      if (typeof value === 'number') {
        const s = attribute(inside, 's');
        const format = s === undefined ? undefined : ctx.styleFormats[Number(s)];
        if (format !== undefined) numFmts[cellKey(row, col)] = format;
      }
    }
  }
  const mergeAt = xml.indexOf('<mergeCells');
  if (mergeAt >= 0) {
    const re = /<mergeCell\b([^>]*?)\/?>/g;
    re.lastIndex = mergeAt;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      const range = parseRangeA1(attribute(m[1]!, 'ref') ?? '');
      if (range) merges.push(range);
    }
  }
  return { name, values, numFmts, merges };
}
