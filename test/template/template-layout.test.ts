import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QD131 } from '../../src/engine/form/qd131';
import { UNIT_LEVELS, formSchema, type FormDefinition } from '../../src/engine/form/schema';
import { cellKey, type CellValue, type WorkbookGrid } from '../../src/engine/grid';
import { isFormula, type WorkbookLayout } from '../../src/engine/layout';
import { readNamedForm } from '../../src/engine/read/read-named-form';
import { buildTemplateLayout } from '../../src/engine/template/build-template-layout';
import { itemCellName } from '../../src/engine/template/template-names';

/** The grid a spreadsheet would show for a layout, with inputs typed by name (formulas show their cached result). */
function gridOf(layout: WorkbookLayout, typed: Record<string, number | string> = {}): WorkbookGrid {
  const grid: WorkbookGrid = { sheets: [], definedNames: [] };
  for (const sheet of layout.sheets) {
    const values: CellValue[][] = [];
    for (const c of sheet.cells) {
      const v = c.name && c.name in typed ? typed[c.name]! : isFormula(c.value) ? (c.value.result ?? null) : c.value;
      if (v !== null && v !== '') (values[c.row] ??= [])[c.col] = v;
      if (c.name) grid.definedNames.push({ name: c.name, sheet: sheet.name, row: c.row, col: c.col });
    }
    grid.sheets.push({ name: sheet.name, values, numFmts: {}, merges: sheet.merges });
  }
  return grid;
}

describe('the template layout', () => {
  it.each(UNIT_LEVELS)('names each cell once and locks all but the inputs (%s)', (level) => {
    const sheet = buildTemplateLayout(QD131, { level, unit: '' }).sheets[0]!;
    const names = sheet.cells.flatMap((c) => (c.name ? [c.name] : []));
    expect(new Set(names).size).toBe(names.length);
    const positions = sheet.cells.map((c) => cellKey(c.row, c.col));
    expect(new Set(positions).size).toBe(positions.length);
    for (const c of sheet.cells) {
      const unlocked = c.style?.locked === false;
      if (unlocked) expect([c.name, isFormula(c.value)]).toEqual([expect.stringMatching(/^Bieu_/), false]);
      if (c.validation) expect([c.name, unlocked]).toEqual([c.name, true]);
      if (isFormula(c.value)) expect([c.name, c.value.result]).toEqual([c.name, expect.anything()]);
    }
    expect(sheet.protect).toBe(true);
    expect(sheet.baseStyle).toMatchObject({ font: 'Times New Roman', size: 13, wrap: true });
  });

  it('asks an item for its own total when the form does not ask that population at the level', () => {
    const narrowed: FormDefinition = formSchema.parse({
      ...QD131,
      populations: QD131.populations.map((p) => (p.id === 'giao_vien' ? { ...p, levels: ['phong'] } : p)),
    });
    const layout = buildTemplateLayout(narrowed, { level: 'TH', unit: '' });
    const total = layout.sheets[0]!.cells.find((c) => c.name === itemCellName('1.1', 'TongSo'))!;
    expect(total).toMatchObject({ value: null, style: { locked: false }, validation: { type: 'whole', operator: 'greaterThanOrEqual' } });
    const reading = readNamedForm(gridOf(layout, { Bieu_1_1_SoLuong: 45, Bieu_1_1_TongSo: 52 }), narrowed)!;
    const item = reading.items.find((i) => i.code === '1.1')!;
    expect([item.count?.value, item.total?.value, item.rate?.value]).toEqual([45, 52, 86.5]);
  });

  it('reads its own blank cached results as blanks, not as values', () => {
    const reading = readNamedForm(gridOf(buildTemplateLayout(QD131, { level: 'TH', unit: '' })), QD131)!;
    expect(reading.unit).toBeNull();
    expect(reading.level).toBe('TH');
    expect(reading.populations).toEqual({});
    expect(reading.items.filter((i) => i.count || i.rate || i.total || i.names)).toEqual([]);
    expect(reading.items.filter((i) => i.notApplicable).map((i) => i.code)).toEqual(
      QD131.sections.flatMap((s) => s.items).filter((it) => !it.levels.includes('TH')).map((it) => it.code),
    );
  });

  it('never branches on an item code: the form definition drives it', () => {
    const dir = path.join(__dirname, '../../src/engine/template');
    const files = [...readdirSync(dir).map((f) => path.join(dir, f)), path.join(__dirname, '../../src/engine/read/read-named-form.ts')];
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''); // examples in comments may name items
      expect([file, code.match(/['"`][1-9]\d*\.[1-9]\d*['"`]/g)]).toEqual([file, null]);
    }
  });
});
