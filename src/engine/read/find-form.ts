import type { WorkbookGrid } from '../grid';
import type { FoldedText } from '../text/fold';
import { findLabels } from './find-labels';
import type { FormIndex, LabelPattern } from './form-index';
import { SheetView } from './sheet-view';

/** One STT row of the form as found: the section and the rows its blanks span. */
export interface FoundSection {
  /** Index into form.sections. */
  sectionIndex: number;
  row: number;
  /** Last row of the section (inclusive). */
  endRow: number;
}

/** Where the form sits in the workbook. */
export interface FormLocation {
  view: SheetView;
  /** Column of "Nội dung triển khai" (section labels). */
  labelCol: number;
  /** Column of the STT numbers, when present. */
  sttCol: number | null;
  /** Row of the "STT | … | …" header, when found. */
  headerRow: number | null;
  /** Sections found, by row. */
  sections: FoundSection[];
  titleFound: boolean;
}

interface Candidate {
  sectionIndex: number;
  row: number;
  col: number;
  score: number;
}

/**
 * Share of each section label's words present in a cell (1 for the label as issued), into `scores`;
 * 0 for cells much longer than the label (result texts repeat label words). False when no section scores ≥ 0.5.
 */
function labelScores(words: readonly string[], index: FormIndex, scores: Float64Array): boolean {
  if (words.length < 3 || words.length > index.longestSectionLabel * 1.6 + 6) return false;
  scores.fill(0);
  const stamp = ++seenStamp;
  for (const w of words) {
    const sections = index.sectionsByWord.get(w);
    if (!sections || seenAt.get(w) === stamp) continue;
    seenAt.set(w, stamp);
    for (const s of sections) scores[s]! += 1;
  }
  let any = false;
  index.sections.forEach((section, s) => {
    scores[s] = words.length > section.labelLength * 1.6 + 6 ? 0 : scores[s]! / section.labelWords.size;
    if (scores[s]! >= 0.5) any = true;
  });
  return any;
}

/**
 * labelScores of a folded text, remembered per text: the form's own labels recur in every workbook and fold
 * to the same shared FoldedText (foldWords' cache), so each is scored once. Null when no section scores ≥ 0.5.
 */
function cachedLabelScores(folded: FoldedText, index: FormIndex, scratch: Float64Array): Float64Array | null {
  let cache = scoreCaches.get(index);
  if (!cache) scoreCaches.set(index, (cache = new WeakMap()));
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const scores = labelScores(folded.words, index, scratch) ? Float64Array.from(scratch) : null;
  cache.set(folded, scores);
  return scores;
}
const scoreCaches = new WeakMap<FormIndex, WeakMap<FoldedText, Float64Array | null>>();

/** Which label words a cell was already counted for (by stamp), without allocating per cell. */
const seenAt = new Map<string, number>();
let seenStamp = 0;

/** The STT a cell holds: 1, "1", "1.", "I"… as a string, or null. */
export function sttOf(view: SheetView, row: number, col: number): string | null {
  const v = view.value(row, col);
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 100) return String(v);
  if (typeof v === 'string') {
    const m = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(v);
    if (m) return String(Number(m[1]));
  }
  return null;
}

function sttLeftOf(view: SheetView, row: number, col: number): { stt: string; col: number } | null {
  for (let c = col - 1; c >= 0 && c >= col - 3; c--) {
    const stt = sttOf(view, row, c);
    if (stt) return { stt, col: c };
  }
  return null;
}

const isHeaderRow = (view: SheetView, row: number, upToCol: number): boolean => {
  for (let c = 0; c <= upToCol; c++) {
    const f = view.fold(row, c);
    if (f && f.words.length === 1 && f.words[0] === 'stt') return true;
  }
  return false;
};

/** The candidates of one copy of the form: the best of each section in the label column, by row. */
function bestBySection(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const c of candidates) {
    const prev = best.get(c.sectionIndex);
    if (!prev || c.score > prev.score) best.set(c.sectionIndex, c);
  }
  return [...best.values()].sort((a, b) => a.row - b.row);
}

/** Sections a copy of the table needs to count as one when a sheet holds several. */
const MIN_COPY_SECTIONS = 4;

/**
 * The copies of the form in one column: a new copy starts where a section already seen comes again
 * ("the same table further down the sheet"). A split is kept only when every copy has enough sections;
 * otherwise the column holds one form (a stray repeated label is not a copy).
 */
function copiesInColumn(inColumn: readonly Candidate[]): Candidate[][] {
  const byRow = [...inColumn].sort((a, b) => a.row - b.row);
  const groups: Candidate[][] = [];
  let current: Candidate[] = [];
  const seen = new Set<number>();
  for (const c of byRow) {
    if (seen.has(c.sectionIndex)) {
      groups.push(current);
      current = [];
      seen.clear();
    }
    seen.add(c.sectionIndex);
    current.push(c);
  }
  groups.push(current);
  if (groups.length > 1 && groups.every((g) => g.length >= MIN_COPY_SECTIONS)) return groups;
  return [bestBySection(byRow)];
}

/** Every copy of the form in one sheet, the one with the most sections first (the first of equals). */
function locateInSheet(view: SheetView, index: FormIndex): FormLocation[] {
  const candidates: Candidate[] = [];
  let titleFound = false;
  const sections = index.sections;
  const scores = new Float64Array(sections.length);
  for (let r = 0; r < view.rowCount; r++) {
    const len = view.rowLength(r);
    for (let c = 0; c < len; c++) {
      const f = view.fold(r, c);
      if (!f) continue;
      if (!titleFound) {
        const joined = f.words.join(' ');
        titleFound = index.titleMarkers.some((m) => joined.includes(m));
      }
      const cellScores = cachedLabelScores(f, index, scores);
      if (!cellScores) continue;
      let best: Candidate | null = null;
      let stt: string | null | undefined;
      for (let s = 0; s < sections.length; s++) {
        let score = cellScores[s]!;
        if (score < 0.5) continue;
        if (stt === undefined) stt = sttLeftOf(view, r, c)?.stt ?? null;
        if (stt === sections[s]!.section.stt) score += 0.5;
        if (!best || score > best.score) best = { sectionIndex: s, row: r, col: c, score };
      }
      if (best && best.score >= 0.75) candidates.push(best);
    }
  }
  if (!candidates.length) return [];
  // The label column is the one where most sections were found.
  const colScores = new Map<number, number>();
  for (const c of candidates) colScores.set(c.col, (colScores.get(c.col) ?? 0) + c.score);
  let labelCol = candidates[0]!.col;
  for (const [col, score] of colScores) if (score > colScores.get(labelCol)!) labelCol = col;
  const copies = copiesInColumn(candidates.filter((c) => c.col === labelCol));
  const out: FormLocation[] = [];
  for (const found of copies) {
    const loc = locationOf(view, index, labelCol, found, titleFound);
    if (loc) out.push(loc);
  }
  // stable: the first of copies with as many sections stays first
  return out.sort((a, b) => b.sections.length - a.sections.length);
}

/** One copy's location from its section candidates (by row), or null when too few sections were found. */
function locationOf(view: SheetView, index: FormIndex, labelCol: number, found: readonly Candidate[], titleFound: boolean): FormLocation | null {
  const enough = found.length >= MIN_COPY_SECTIONS || (titleFound && found.length >= 2);
  if (!enough) return null;

  const sttCols = new Map<number, number>();
  for (const c of found) {
    const stt = sttLeftOf(view, c.row, c.col);
    if (stt) sttCols.set(stt.col, (sttCols.get(stt.col) ?? 0) + 1);
  }
  let sttCol: number | null = null;
  for (const [col, n] of sttCols) if (sttCol === null || n > sttCols.get(sttCol)!) sttCol = col;

  const firstRow = found[0]!.row;
  let headerRow: number | null = null;
  for (let r = firstRow - 1; r >= 0 && r >= firstRow - 4; r--)
    if (isHeaderRow(view, r, labelCol)) {
      headerRow = r;
      break;
    }

  const out: FoundSection[] = found.map((c, i) => {
    const next = found[i + 1];
    let endRow = next ? next.row - 1 : lastRowOfSection(view, c.row, labelCol, sttCol, index.sections[c.sectionIndex]!.patterns);
    for (let r = c.row + 1; r <= endRow; r++)
      if (isHeaderRow(view, r, labelCol)) {
        endRow = r - 1;
        break;
      }
    return { sectionIndex: c.sectionIndex, row: c.row, endRow };
  });
  return { view, labelCol, sttCol, headerRow, sections: out, titleFound };
}

/** The last section runs over its merged rows, then over rows that continue it (no STT, something to the right). */
function lastRowOfSection(view: SheetView, row: number, labelCol: number, sttCol: number | null, patterns: readonly LabelPattern[]): number {
  let end = row;
  for (const col of [labelCol, sttCol]) {
    if (col === null) continue;
    const m = view.mergeAt(row, col);
    if (m && m.bottom > end) end = m.bottom;
  }
  for (let r = end + 1; r < view.rowCount && r <= row + 30; r++) {
    if (sttCol !== null && !view.isEmpty(r, sttCol)) break;
    if (!view.isEmpty(r, labelCol)) {
      // an item label in the label column continues the section ("| Tổng số giáo viên có máy tính | 45 | 100% |")
      const folded = view.fold(r, labelCol);
      if (!folded || !findLabels(folded, patterns).length) break;
      end = r;
      continue;
    }
    let any = false;
    for (let c = labelCol + 1; c < view.rowLength(r); c++) if (!view.isEmpty(r, c)) any = true;
    if (!any) break;
    end = r;
  }
  return end;
}

/**
 * Every copy of the form in the workbook, by content: section labels in one column (tolerantly matched),
 * STT numbers beside them, the title. The copy with the most sections comes first (the first of equals,
 * in sheet order then row order): it is the form; the others are copies (an appendix repeating the table).
 * Empty when no sheet looks like the form.
 */
export function findForms(grid: WorkbookGrid, index: FormIndex): FormLocation[] {
  const all: FormLocation[] = [];
  grid.sheets.forEach((sheet, i) => {
    all.push(...locateInSheet(new SheetView(sheet, i), index));
  });
  let primary = 0;
  all.forEach((loc, i) => {
    if (loc.sections.length > all[primary]!.sections.length) primary = i;
  });
  if (primary > 0) all.unshift(...all.splice(primary, 1));
  return all;
}

/**
 * Finds the form in any sheet, by content (see findForms): the sheet with the most sections wins.
 * Null when no sheet looks like the form.
 */
export function findForm(grid: WorkbookGrid, index: FormIndex): FormLocation | null {
  return findForms(grid, index)[0] ?? null;
}
