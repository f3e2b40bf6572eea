import { UNIT_LEVELS, formItems, type FormDefinition, type ItemDefinition, type UnitLevel } from '../form/schema';
import type { Finding } from '../issues';
import { cellAddress, cellAt, cellKey, type CellValue, type DefinedName, type WorkbookGrid } from '../grid';
import { readNumericCell, type NumberRole } from '../numbers/parse-number';
import { parseNames, parseValueText } from '../numbers/parse-value-text';
import { FORM_ID_NAME, LEVEL_NAME, NAME_PREFIX, UNIT_NAME, itemCellName, populationCellName, type ItemField } from '../template/template-names';
import { LEVEL_HEADINGS } from '../template/unit-levels';
import { foldText } from '../text/fold';
import { roundRate } from '../text/format-number';
import type { RawItem, RawNumber, RawReading } from './raw-reading';
import { titleCaseVi } from './unit-name';

/** What reading the office's own template by its defined names gives: the same raw readings as reading by content. */
export type NamedFormReading = RawReading;

/** Decimals the template prints a rate with ("99,8%"); see resultTextFormula. */
const PRINTED_RATE_DECIMALS = 1;

interface NamedCell {
  address: string;
  value: CellValue;
  numFmt: string | undefined;
}

/** The grid's named cells, looked up by name (first definition wins). */
class NamedCells {
  private readonly byName = new Map<string, NamedCell>();

  constructor(grid: WorkbookGrid) {
    const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
    for (const n of grid.definedNames as readonly DefinedName[]) {
      const sheet = sheets.get(n.sheet);
      if (!sheet || this.byName.has(n.name)) continue;
      this.byName.set(n.name, {
        address: cellAddress(n.sheet, n.row, n.col),
        value: cellAt(sheet, n.row, n.col),
        numFmt: sheet.numFmts[cellKey(n.row, n.col)],
      });
    }
  }

  get(name: string): NamedCell | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }
}

/** A cached formula result of "" and an untouched input both read as empty. */
const isEmpty = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

type Read = { number: RawNumber } | { text: string } | { notApplicable: true } | undefined;

/** "Không", "Không áp dụng": the unit answers that the item does not concern it. */
const saysNo = (v: CellValue): boolean => typeof v === 'string' && /^khong(?: ap dung)?$/.test(foldText(v));

/** A number typed into an input cell; text typed instead is read the way the content reader would. */
function readNumber(cell: NamedCell | undefined, role: NumberRole): Read {
  if (!cell || isEmpty(cell.value)) return undefined;
  if (saysNo(cell.value)) return { notApplicable: true };
  if (typeof cell.value === 'number') {
    const n = readNumericCell(cell.value, cell.numFmt, role);
    return { number: { value: n.value, decimals: n.decimals, cell: cell.address, numericCell: true } };
  }
  const text = String(cell.value).trim();
  const parsed = parseValueText(text, role === 'rate' ? 'rate' : 'countRate');
  const found = role === 'rate' ? parsed.rate : parsed.count;
  if (found) return { number: { value: found.value, decimals: found.decimals, cell: cell.address, text } };
  return { text };
}

/** Populations on "Số liệu chung": typed, or, for a total of parts left to its formula, the sum of the parts. */
function readPopulations(form: FormDefinition, cells: NamedCells): Record<string, RawNumber> {
  const out: Record<string, RawNumber> = {};
  for (const p of form.populations) {
    const read = readNumber(cells.get(populationCellName(p.id)), 'count');
    if (read && 'number' in read) out[p.id] = read.number;
  }
  // A formula saved without its result (written by a program, never opened in a spreadsheet) reads empty.
  const sumOf = (id: string, depth: number): number | undefined => {
    if (out[id]) return out[id].value;
    const def = form.populations.find((p) => p.id === id);
    if (!def?.sumOf || depth > 5) return undefined;
    const parts = def.sumOf.map((part) => sumOf(part, depth + 1)).filter((v): v is number => v !== undefined);
    return parts.length ? parts.reduce((a, b) => a + b, 0) : undefined;
  };
  for (const p of form.populations) {
    const cell = cells.get(populationCellName(p.id));
    if (out[p.id] || !cell || !p.sumOf || !isEmpty(cell.value)) continue;
    const value = sumOf(p.id, 0);
    if (value !== undefined) out[p.id] = { value, decimals: 0, cell: cell.address, numericCell: true };
  }
  return out;
}

/** The fields an item's inputs are named with, the first being where a missing value is flagged. */
const INPUT_FIELDS: Record<ItemDefinition['kind'], ItemField[]> = {
  countRate: ['SoLuong', 'TongSo', 'TiLe'],
  rate: ['TiLe'],
  countNames: ['SoLuong', 'Ten'],
  yesNo: ['CoKhong'],
};

function readItem(
  item: ItemDefinition,
  cells: NamedCells,
  populations: Readonly<Record<string, RawNumber>>,
  level: UnitLevel | null,
): RawItem | undefined {
  const named = (field: ItemField) => cells.get(itemCellName(item.code, field));
  const fields = INPUT_FIELDS[item.kind];
  const where = [...fields, 'KetQua' as const].map(named).find((c) => c !== undefined);
  const raw: RawItem = { code: item.code, cell: where!.address };
  const apply = (field: 'count' | 'total' | 'rate', read: Read): void => {
    if (!read) return;
    if ('number' in read) raw[field] = read.number;
    else if ('notApplicable' in read) raw.notApplicable = true;
    else raw.unparseable = { text: read.text };
  };

  switch (item.kind) {
    case 'countRate': {
      apply('count', readNumber(named('SoLuong'), 'count'));
      // "Tổng số" is a formula of "Số liệu chung" when the form asks the population there; else the item's own input.
      const asked = item.population !== null && cells.has(populationCellName(item.population));
      if (!asked) apply('total', readNumber(named('TongSo'), 'count'));
      const population = raw.total ?? (item.population ? populations[item.population] : undefined);
      const rateCell = named('TiLe');
      if (raw.count && population && population.value > 0 && raw.count.value <= population.value) {
        // The rate is a formula: computed here from its inputs, never taken from a possibly stale cached result.
        // A count over its population is COUNT_EXCEEDS_TOTAL's to report; its rate over 100 % would only repeat it.
        raw.rate = {
          value: roundRate((raw.count.value / population.value) * 100, PRINTED_RATE_DECIMALS),
          decimals: PRINTED_RATE_DECIMALS,
          cell: rateCell?.address ?? raw.cell,
          numericCell: true,
        };
      } else if (!raw.count) {
        apply('rate', readNumber(rateCell, 'rate')); // a rate typed over the formula, alone
      }
      break;
    }
    case 'rate':
      apply('rate', readNumber(named('TiLe'), 'rate'));
      break;
    case 'countNames': {
      apply('count', readNumber(named('SoLuong'), 'count'));
      const names = named('Ten');
      if (names && saysNo(names.value)) raw.notApplicable = true;
      else if (names && !isEmpty(names.value)) {
        const list = parseNames(String(names.value));
        if (list.length) raw.names = list;
      }
      break;
    }
    case 'yesNo': {
      const answer = named('CoKhong');
      if (answer && !isEmpty(answer.value)) {
        raw.text = String(answer.value).trim();
        if (foldText(raw.text) === 'khong') raw.notApplicable = true;
      }
      break;
    }
  }

  const empty = !raw.count && !raw.rate && !raw.total && !raw.names && !raw.unparseable && !raw.notApplicable && raw.text === undefined;
  if (!empty) return raw;
  const text = named('KetQua');
  // Without its "Kết quả" cell an empty item has nothing to read: absent, as on a form without its line.
  if (!text) return undefined;
  if (!appliesTo(item, level, text.value)) raw.notApplicable = true;
  return raw;
}

/** Whether the item applies: by its text ("… : Không áp dụng"), else by the level the form was written for. */
function appliesTo(item: ItemDefinition, level: UnitLevel | null, text: CellValue): boolean {
  if (typeof text === 'string' && /(?:^| )khong(?: ap dung)?$/.test(foldText(text))) return false;
  return level === null || item.levels.includes(level);
}

function readLevel(cells: NamedCells): UnitLevel | null {
  const v = cells.get(LEVEL_NAME)?.value;
  return typeof v === 'string' ? (UNIT_LEVELS.find((l) => l === v.trim()) ?? null) : null;
}

/** The unit's name as typed in the header block; null while it is still a placeholder. */
function readUnit(cells: NamedCells): string | null {
  const v = cells.get(UNIT_NAME)?.value;
  if (typeof v !== 'string') return null;
  const name = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name || /…|\.\.\./.test(name) || Object.values(LEVEL_HEADINGS).some((h) => h.unitPlaceholder === name)) return null;
  return name === name.toUpperCase() ? titleCaseVi(name) : name;
}

/**
 * Reads the office template (`bieu template`) by its defined names (`Bieu_1_1_SoLuong`, `Bieu_Chung_giao_vien`, …),
 * exactly, wherever rows were inserted. Returns null when the workbook is not that template, so the caller reads by content.
 *
 *   readNamedForm(grid, QD131)?.populations.giao_vien -> { value: 2023, cell: "'Biểu số liệu'!D15", … }
 */
export function readNamedForm(grid: WorkbookGrid, form: FormDefinition): NamedFormReading | null {
  // Most workbooks are not the office template: no name of it, nothing to look up.
  if (!grid.definedNames.some((n) => n.name.startsWith(NAME_PREFIX))) return null;
  const cells = new NamedCells(grid);
  const formId = cells.get(FORM_ID_NAME)?.value;
  if (typeof formId === 'string' && formId.trim() !== form.id) return null;
  const items = formItems(form);
  const present = items.filter((item) => cells.has(itemCellName(item.code, 'KetQua')) || INPUT_FIELDS[item.kind].some((f) => cells.has(itemCellName(item.code, f))));
  if (present.length === 0) return null;

  const level = readLevel(cells);
  const populations = readPopulations(form, cells);
  const structure: Finding[] = items
    .filter((item) => !present.includes(item))
    .map((item) => ({ code: 'TEMPLATE_MISMATCH', item: item.code, expected: item.code, reason: 'missing-name' }));
  return {
    template: form.id,
    unit: readUnit(cells),
    level,
    items: present.map((item) => readItem(item, cells, populations, level)).filter((i): i is RawItem => i !== undefined),
    populations,
    structure,
  };
}
