import type { FormDefinition, ItemDefinition } from '../form/schema';
import type { WorkbookGrid } from '../grid';
import type { Finding } from '../issues';
import { parseValueText, type TextNumber, type ValueTextReading } from '../numbers/parse-value-text';
import { findForms, type FormLocation, type FoundSection } from './find-form';
import { findLabels, type LabelMatch } from './find-labels';
import { findNearLabels } from './find-near-labels';
import { formIndex, type FormIndex } from './form-index';
import type { RawItem, RawNumber, RawReading } from './raw-reading';
import { headerRole, readCells, type CellRole } from './read-cells';
import type { SheetView } from './sheet-view';
import { readPopulations } from './read-populations';
import { unitFromHeader } from './unit-name';

const toRaw = (n: TextNumber, cell: string): RawNumber => ({ value: n.value, decimals: n.decimals, cell, text: n.text });

/** Trims the bullet or dash that starts the next line off a value text. */
const trimValue = (text: string): string => text.replace(/[\s\-–—•+;]+$/u, '').replace(/^[\s]+/u, '');

interface ReadContext {
  index: FormIndex;
  loc: FormLocation;
  view: SheetView;
  roles: Map<number, CellRole>;
  items: Map<string, RawItem>;
  /** Items read a second time within the form (the same label further down), in the order found. */
  repeats: RawItem[];
  texts: Array<{ cell: string; text: string }>;
  consumed: Set<number>;
}

function applyText(item: RawItem, reading: ValueTextReading, cell: string): void {
  if (reading.count) item.count = toRaw(reading.count, cell);
  if (reading.rate) item.rate = toRaw(reading.rate, cell);
  if (reading.total) item.total = toRaw(reading.total, cell);
  if (reading.names) item.names = reading.names;
  if (reading.notApplicable) item.notApplicable = true;
}

/** Reads one label's value: the text up to the next label, then cells to its right when the text holds none. */
function readMatch(
  ctx: ReadContext,
  def: ItemDefinition,
  row: number,
  col: number,
  source: string,
  match: LabelMatch,
  valueEnd: number,
  isLastInCell: boolean,
): void {
  const cell = ctx.view.address(row, col);
  const valueText = trimValue(source.slice(match.valueStart, valueEnd));
  const item: RawItem = { code: def.code, cell };
  if (valueText) item.text = valueText;
  const reading = parseValueText(valueText, def.kind);
  applyText(item, reading, cell);
  if (match.gluedDigits && reading.count) {
    // "mức độ 3 và 495": the count is 95 or 495; never pick one
    const glued = parseValueText(match.gluedDigits + reading.count.text, def.kind).count;
    item.ambiguous = {
      text: trimValue(source.slice(match.start, valueEnd)),
      readings: [reading.count.value, glued ? glued.value : Number(match.gluedDigits + reading.count.text)],
    };
    delete item.count;
    delete item.total;
  }
  if (isLastInCell && !item.notApplicable && (!item.count || (!item.rate && def.kind === 'countRate'))) {
    const filled = new Set<CellRole>();
    if (item.count || item.ambiguous) filled.add('count');
    if (item.rate) filled.add('rate');
    if (item.total) filled.add('total');
    const cells = readCells(ctx.view, row, col + 1, def.kind, ctx.roles, filled);
    for (let c = col + 1; c <= cells.lastCol; c++) ctx.consumed.add(row * 16384 + c);
    if (cells.count) item.count = cells.count;
    if (cells.rate) item.rate = cells.rate;
    if (cells.total) item.total = cells.total;
    if (cells.notApplicable && !item.count && !item.rate) item.notApplicable = true;
  }
  if (reading.unparseable && !item.count && !item.rate && !item.notApplicable && !item.ambiguous)
    item.unparseable = { text: valueText };
  if (ctx.items.has(def.code)) ctx.repeats.push(item);
  else ctx.items.set(def.code, item);
}

function readSection(ctx: ReadContext, found: FoundSection): void {
  const { view, loc, index } = ctx;
  const sectionIndex = index.sections[found.sectionIndex]!;
  const section = sectionIndex.section;
  const patterns = sectionIndex.patterns;
  let anyLabel = false;
  const resultCells: Array<{ row: number; col: number; text: string | null }> = [];
  for (let r = found.row; r <= found.endRow; r++) {
    const len = view.rowLength(r);
    for (let c = loc.labelCol; c < len; c++) {
      if (c === loc.sttCol || (r === found.row && c === loc.labelCol) || ctx.consumed.has(r * 16384 + c)) continue;
      if (view.isEmpty(r, c)) continue;
      const text = view.text(r, c);
      if (c > loc.labelCol) resultCells.push({ row: r, col: c, text });
      if (text === null) continue;
      if (c > loc.labelCol) ctx.texts.push({ cell: view.address(r, c), text });
      const folded = view.fold(r, c)!;
      let matches = findLabels(folded, patterns);
      if (matches.length < section.items.length) {
        const missing = patterns.filter((p) => !ctx.items.has(p.code));
        const near = missing.length ? findNearLabels(folded, missing, matches) : [];
        if (near.length) matches = [...matches, ...near].sort((a, b) => a.start - b.start);
      }
      if (!matches.length) continue;
      anyLabel = true;
      matches.forEach((m, k) => {
        const next = matches[k + 1];
        const def = index.items.get(m.code)!;
        readMatch(ctx, def, r, c, folded.source, m, next ? next.start : folded.source.length, !next);
      });
    }
  }
  if (anyLabel) return;
  readUnlabelled(ctx, found, section.items, resultCells);
}

/**
 * A section whose result holds no item label: "Không" for all its items; a one-item section's
 * value read from the whole result; otherwise numbers that cannot be placed (UNPARSEABLE), or blanks.
 */
function readUnlabelled(
  ctx: ReadContext,
  found: FoundSection,
  items: readonly ItemDefinition[],
  cells: Array<{ row: number; col: number; text: string | null }>,
): void {
  const { view } = ctx;
  const first = cells[0];
  const cell = first ? view.address(first.row, first.col) : view.address(found.row, ctx.loc.labelCol + 1);
  const texts = cells.filter((c) => c.text !== null).map((c) => c.text!);
  const joined = texts.join('\n');
  if (items.length === 1) {
    const def = items[0]!;
    if (first && first.text === null) {
      const item: RawItem = { code: def.code, cell };
      const read = readCells(view, first.row, first.col, def.kind, ctx.roles, new Set());
      if (read.count) item.count = read.count;
      if (read.rate) item.rate = read.rate;
      if (read.total) item.total = read.total;
      ctx.items.set(def.code, item);
      return;
    }
    const match: LabelMatch = { code: def.code, start: 0, valueStart: 0 };
    readMatch(ctx, def, first?.row ?? found.row, first?.col ?? ctx.loc.labelCol + 1, joined, match, joined.length, false);
    return;
  }
  const reading = parseValueText(joined, 'countRate');
  for (const def of items) {
    const item: RawItem = { code: def.code, cell };
    if (reading.notApplicable) item.notApplicable = true;
    else if (!reading.blank && def === items[0]) item.unparseable = { text: joined };
    else if (!reading.blank) continue;
    ctx.items.set(def.code, item);
  }
}

function structureFindings(index: FormIndex, loc: FormLocation): Finding[] {
  const out: Finding[] = [];
  const foundSet = new Set(loc.sections.map((s) => s.sectionIndex));
  index.sections.forEach((s, i) => {
    if (!foundSet.has(i)) out.push({ code: 'TEMPLATE_MISMATCH', reason: 'missing-row', expected: Number(s.section.stt) || s.section.stt });
  });
  let maxSoFar = -1;
  for (const s of loc.sections) {
    if (s.sectionIndex < maxSoFar) {
      const stt = index.sections[s.sectionIndex]!.section.stt;
      out.push({
        code: 'TEMPLATE_MISMATCH',
        reason: 'order',
        cell: loc.view.address(s.row, loc.labelCol),
        actual: Number(stt) || stt,
        expected: Number(index.sections[maxSoFar + 1]?.section.stt ?? stt) || stt,
      });
    }
    maxSoFar = Math.max(maxSoFar, s.sectionIndex);
  }
  return out;
}

function headerRoles(loc: FormLocation): Map<number, CellRole> {
  const roles = new Map<number, CellRole>();
  if (loc.headerRow === null) return roles;
  const len = loc.view.rowLength(loc.headerRow);
  // The first column right of the labels is the result column ("Kết quả (số liệu)"): no role.
  for (let c = loc.labelCol + 2; c < len; c++) {
    const text = loc.view.text(loc.headerRow, c);
    const role = text ? headerRole(text) : undefined;
    if (role) roles.set(c, role);
  }
  return roles;
}

/** Reads the items of one copy of the form, in form order. */
function readItems(index: FormIndex, loc: FormLocation): ReadContext {
  const ctx: ReadContext = {
    index,
    loc,
    view: loc.view,
    roles: headerRoles(loc),
    items: new Map(),
    repeats: [],
    texts: [],
    consumed: new Set(),
  };
  const inFormOrder = [...loc.sections].sort((a, b) => a.sectionIndex - b.sectionIndex);
  for (const found of inFormOrder) readSection(ctx, found);
  return ctx;
}

const inFormOrder = (index: FormIndex, items: Iterable<RawItem>): RawItem[] =>
  [...items].sort((a, b) => index.order.get(a.code)! - index.order.get(b.code)!);

/**
 * Reads a filled form by its content, wherever it sits: each item's count, rate, population,
 * names or "Không", with the cells they came from. Null when no sheet looks like the form.
 * When the table appears more than once (an appendix repeating it, or an item repeated within it),
 * the first copy is the reading and the others are kept as `copies`, for CROSS_TABLE_CONFLICT.
 */
export function readByContent(grid: WorkbookGrid, form: FormDefinition): RawReading | null {
  const index = formIndex(form);
  const [loc, ...others] = findForms(grid, index);
  if (!loc) return null;
  const ctx = readItems(index, loc);
  const firstRow = loc.headerRow ?? loc.sections[0]!.row;
  const reading: RawReading = {
    template: form.id,
    unit: unitFromHeader(loc.view, firstRow),
    level: null,
    items: inFormOrder(index, ctx.items.values()),
    populations: readPopulations(loc.view, index, ctx.consumed),
    structure: structureFindings(index, loc),
    texts: ctx.texts,
  };
  const copies: RawItem[][] = [];
  if (ctx.repeats.length) copies.push(ctx.repeats);
  for (const other of others) {
    const copy = readItems(index, other);
    copies.push(inFormOrder(index, copy.items.values()));
    if (copy.repeats.length) copies.push(copy.repeats);
  }
  if (copies.length) reading.copies = copies;
  return reading;
}
