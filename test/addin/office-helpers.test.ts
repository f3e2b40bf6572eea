import { splitAddressList } from '../../src/addin/office/a1-ranges';
import { hasRelativeReference, toExcelRule } from '../../src/addin/office/apply-format';
import { parseMemory } from '../../src/addin/office/flag-memory';
import { flagTargets } from '../../src/addin/office/flag-targets';
import { rectangles, toExcelInput } from '../../src/addin/office/layout-blocks';
import { estimateBytes } from '../../src/addin/office/payload-budget';
import { parseMergedAreas, toDefinedNames } from '../../src/addin/office/read-workbook';
import { detectApiSupport } from '../../src/addin/office/requirements';
import { renameSheetReferences } from '../../src/addin/office/sheet-references';
import { uniqueSheetName } from '../../src/addin/office/unique-sheet-name';
import { charsToPoints } from '../../src/addin/office/write-sheet-layout';
import { FakeExcel, NO_FILL } from './fake-excel';
import { fillOf, hostOn, issue, putRows } from './support';

describe('office helpers', () => {
  it('suffixes taken sheet names, ignoring case, within 31 characters', () => {
    const taken = new Set(['tổng hợp', 'tổng hợp (2)']);
    expect(uniqueSheetName('Tổng hợp', taken)).toBe('Tổng hợp (3)');
    expect(uniqueSheetName('Nguồn', taken)).toBe('Nguồn');
    const long = 'Chi tiết đơn vị của Phòng Giáo dục huyện';
    const first = uniqueSheetName(long, taken);
    expect(first).toBe('Chi tiết đơn vị của Phòng Giáo');
    expect(uniqueSheetName(long, taken)).toBe('Chi tiết đơn vị của Phòng G (2)');
    expect(uniqueSheetName('Biểu [1]: a/b', new Set())).toBe('Biểu  1   a b');
  });

  it('keeps text that Excel would reinterpret as text', () => {
    expect(toExcelInput('- Tổng số: 2.023')).toBe("'- Tổng số: 2.023");
    expect(toExcelInput('=1+1')).toBe("'=1+1");
    expect(toExcelInput('001')).toBe("'001");
    expect(toExcelInput('1/2')).toBe("'1/2");
    expect(toExcelInput('TRUE')).toBe("'TRUE");
    expect(toExcelInput('Trường TH số 2')).toBe('Trường TH số 2');
    expect(toExcelInput(12.5)).toBe(12.5);
    expect(toExcelInput(null)).toBe('');
    expect(toExcelInput({ formula: 'SUM(A1:A3)', result: 6 })).toBe('=SUM(A1:A3)');
  });

  it('rewrites sheet references in formulas when a sheet is renamed', () => {
    const renames = new Map([
      ['Chi tiết đơn vị', 'Chi tiết đơn vị (2)'],
      ['Data', 'Data (2)'],
    ]);
    expect(renameSheetReferences("SUM('Chi tiết đơn vị'!C5:C9)/Data!B2+MyData!A1", renames)).toBe(
      "SUM('Chi tiết đơn vị (2)'!C5:C9)/'Data (2)'!B2+MyData!A1",
    );
  });

  it('covers cells with few rectangles', () => {
    const cells = [];
    for (let r = 0; r < 100; r++) for (let c = 2; c <= 5; c++) cells.push({ row: r, col: c });
    cells.push({ row: 200, col: 0 });
    expect(rectangles(cells)).toEqual([
      { top: 0, left: 2, bottom: 99, right: 5 },
      { top: 200, left: 0, bottom: 200, right: 0 },
    ]);
  });

  it('parses merged areas and names as Office.js gives them', () => {
    expect(splitAddressList("'Biểu, 1'!A1:B2, 'Biểu, 1'!C3:C5")).toEqual(["'Biểu, 1'!A1:B2", "'Biểu, 1'!C3:C5"]);
    expect(parseMergedAreas("'Biểu, 1'!A1:B2, 'Biểu, 1'!C3:C5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 4, right: 2 },
    ]);
    expect(
      toDefinedNames([
        { name: 'A', type: 'Range', value: "'Biểu số liệu'!$D$12" },
        { name: 'B', type: 'Range', value: '=PL2!$C$8' },
        { name: 'C', type: 'Range', value: 'PL2!$C$8:$C$9' },
        { name: 'D', type: 'Double', value: 3 },
      ]),
    ).toEqual([
      { name: 'A', sheet: 'Biểu số liệu', row: 11, col: 3 },
      { name: 'B', sheet: 'PL2', row: 7, col: 2 },
    ]);
  });

  it('estimates request size conservatively (non-ASCII as \\u escapes)', () => {
    expect(estimateBytes([['ab', 12]])).toBe(JSON.stringify([['ab', 12]]).length);
    expect(estimateBytes('ư')).toBe(8);
  });

  it('reads validation rules into Office.js shape', () => {
    expect(toExcelRule({ type: 'whole', operator: 'greaterThanOrEqual', formulae: ['0'], allowBlank: true, errorTitle: 't', error: 'e' })).toEqual({
      wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 },
    });
    expect(toExcelRule({ type: 'whole', operator: 'between', formulae: ['0', '$D$5'], allowBlank: true, errorTitle: 't', error: 'e' })).toEqual({
      wholeNumber: { operator: 'Between', formula1: 0, formula2: '=$D$5' },
    });
    expect(toExcelRule({ type: 'list', formulae: ['"Có,Không"'], allowBlank: true, errorTitle: 't', error: 'e' })).toEqual({
      list: { inCellDropDown: true, source: 'Có,Không' },
    });
    const rule = (f: string) => ({ type: 'whole' as const, formulae: ['0', f], allowBlank: true, errorTitle: '', error: '' });
    expect(hasRelativeReference(rule('$D$5'))).toBe(false);
    expect(hasRelativeReference(rule('D5'))).toBe(true);
    expect(hasRelativeReference(rule('$D5'))).toBe(true);
    expect(hasRelativeReference(rule("'Số liệu chung'!$D$5*2"))).toBe(false);
    expect(hasRelativeReference(rule('LOG10($A$1)'))).toBe(false);
  });

  it('converts character widths to points like Excel (Calibri 11: 8.43 chars = 64 px = 48 pt)', () => {
    expect(charsToPoints(8.43)).toBe(48);
  });

  it('treats an unreadable flag memory as nothing painted', () => {
    expect(parseMemory('{not json')).toEqual({ version: 1, flags: [] });
    expect(parseMemory({ version: 2, flags: [] })).toEqual({ version: 1, flags: [] });
    expect(parseMemory(JSON.stringify({ version: 1, flags: [{ sheet: 'A', cell: 'C1', painted: 'FFC7CE', comment: false, before: { pattern: null, color: '#FFFFFF' } }, { bad: 1 }] })).flags).toHaveLength(1);
  });

  it('groups issues by cell, ignoring issues without one', () => {
    expect(flagTargets([issue("'Biểu 1'!$c$8", 'warning', 'a'), issue("'Biểu 1'!C8", 'error', 'b'), { code: 'UNREADABLE_FILE', severity: 'error', message: 'x' }])).toEqual([
      { sheet: 'Biểu 1', cell: 'C8', severity: 'error', messages: ['a', 'b'] },
    ]);
  });

  it('detects API sets without crashing when the host cannot tell', () => {
    expect(detectApiSupport(() => { throw new Error('Office not ready'); })).toEqual({
      dataValidation: false, createWorkbook: false, fillPattern: false, pageLayout: false, comments: false, mergedAreas: false, insertSheets: false, notes: false,
    });
  });

  it('chunks a huge number of flags under the request limit', async () => {
    const fake = new FakeExcel('1.13');
    putRows(fake, 'PL2', Array.from({ length: 300 }, (_, i) => [i]));
    const host = hostOn(fake, { payloadBudget: 20_000 });
    await host.paintFlags(Array.from({ length: 300 }, (_, i) => issue(`PL2!A${i + 1}`)));
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fillOf(fake, 'PL2', 'A300').color).toBe('#FFC7CE');
    await host.clearFlags();
    expect(fillOf(fake, 'PL2', 'A300')).toEqual(NO_FILL);
  });
});
