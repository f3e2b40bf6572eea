import { checkWorkbook } from '../../src/engine/check-workbook';
import type { CellValue, SheetGrid } from '../../src/engine/grid';
import { BAC_GIANG } from './support/bac-giang';
import { sheet, workbook } from './support/build-grid';
import { formRows } from './support/form-rows';

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: CellValue[] = [true, false, -1, 0, 1e308, NaN, Infinity, '', ' ', '...', '…', '%', '1/0', '0/0', '-', '1.2.3', '9'.repeat(40), 'Không', 'x'.repeat(5000), '\u0301', '🙂', null];

describe('bad data never throws and never trips the engine', () => {
  it('mutated forms', () => {
    const rand = prng(131);
    const bases = [BAC_GIANG, formRows({ '1': 'Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%' })];
    for (let n = 0; n < 200; n++) {
      const base = bases[n % bases.length]!;
      const rows = base.map((row) => row.map((v) => (rand() < 0.15 ? ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]! : v)));
      if (rand() < 0.3) rows.splice(Math.floor(rand() * rows.length), 1);
      const s: SheetGrid = sheet(n % 3 ? 'PL2' : "Bi'ểu 1", rows, { merges: rand() < 0.5 ? [{ top: 0, bottom: 40, left: 0, right: 5 }] : [] });
      if (rand() < 0.2) s.values[3] = undefined as unknown as CellValue[];
      const r = checkWorkbook(workbook(s), { path: `f${n}.xlsx` });
      expect(r.issues.filter((i) => i.reason === 'internal')).toEqual([]);
      for (const i of r.issues) expect(i.message).not.toMatch(/undefined|NaN/);
    }
  });
});
