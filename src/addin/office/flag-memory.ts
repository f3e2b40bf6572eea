import type { FillState } from './fill-state';

/**
 * Which cells Bieu painted and what they looked like before, kept in the workbook's own
 * add-in settings (`workbook.settings`, ExcelApi 1.4).
 *
 * Why settings: they are saved inside the workbook (so "Xóa đánh dấu" still works after the task
 * pane reloads, and after the file is closed and reopened), they are invisible to the user (no
 * hidden sheet to find, unhide, protect or trip over when the form is read), they are private to
 * this add-in, and they are read and written inside the same `Excel.run` batch as the fills, so
 * painting keeps a constant number of syncs. Custom XML parts would work too but need an extra
 * round trip to read a part's XML; a hidden sheet fails on workbooks with a protected structure.
 */
export const FLAG_MEMORY_KEY = 'bieu.flags.v1';

export interface FlagRecord {
  sheet: string;
  /** "C8" */
  cell: string;
  /** The fill before Bieu painted it. */
  before: FillState;
  /** The colour Bieu painted, "FFC7CE". */
  painted: string;
  /** A Bieu comment was added to the cell. */
  comment: boolean;
}

export interface FlagMemory {
  version: 1;
  flags: FlagRecord[];
}

export const emptyMemory = (): FlagMemory => ({ version: 1, flags: [] });

const isFill = (v: unknown): v is FillState => {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (f.pattern === null || typeof f.pattern === 'string') && (f.color === null || typeof f.color === 'string');
};

const isRecord = (v: unknown): v is FlagRecord => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.sheet === 'string' && typeof r.cell === 'string' && typeof r.painted === 'string' && typeof r.comment === 'boolean' && isFill(r.before);
};

/** Parses what was stored; anything unrecognised (another version, hand-edited) counts as nothing painted. */
export function parseMemory(stored: unknown): FlagMemory {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyMemory();
    }
  }
  if (typeof value !== 'object' || value === null) return emptyMemory();
  const v = value as Record<string, unknown>;
  if (v.version !== 1 || !Array.isArray(v.flags)) return emptyMemory();
  return { version: 1, flags: v.flags.filter(isRecord) };
}

/** Stored as a JSON string: settings values round-trip strings on every host. */
export const serializeMemory = (memory: FlagMemory): string => JSON.stringify(memory);
