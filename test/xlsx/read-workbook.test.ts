import ExcelJS from 'exceljs';
import { zipSync, strToU8, unzipSync, strFromU8 } from 'fflate';
import { readWorkbookBytes, UnreadableFileError, parseSingleCellRef } from '../../src/xlsx/read-workbook';
import { workbookToGrid } from '../../src/xlsx/read-workbook-exceljs';
import { cellAt, cellKey, type WorkbookGrid } from '../../src/engine/grid';
import { legacyXls, passwordProtected, randomBytes, textRenamedXlsx, zipWithoutWorkbook } from './bad-input-bytes';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function reason(bytes: Uint8Array): string {
  try {
    readWorkbookBytes(bytes);
    return 'read';
  } catch (e) {
    return e instanceof UnreadableFileError ? e.reason : `other: ${String(e)}`;
  }
}

describe('readWorkbookBytes on ExcelJS-written workbooks', () => {
  let grid: WorkbookGrid;
  let viaExcelJS: WorkbookGrid;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Báo cáo').getCell('A1').value = 'Giới thiệu';
    const ws = wb.addWorksheet('PL2');
    ws.getCell('A1').value = 'PHÒNG GD&ĐT THÀNH PHỐ BẮC GIANG';
    ws.getCell('A2').value = 'TRƯỜNG TH NGÔ SĨ LIÊN';
    ws.mergeCells('A1:B1');
    ws.getCell('C8').value = '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45 <&> "x"';
    ws.getCell('D8').value = 45;
    ws.getCell('E8').value = 0.998;
    ws.getCell('E8').numFmt = '0.0%';
    ws.getCell('E9').value = 1;
    ws.getCell('E9').numFmt = '0%';
    ws.getCell('E10').value = 0.5;
    ws.getCell('E10').numFmt = '0.00%';
    ws.getCell('D9').value = 32.448;
    ws.getCell('D10').value = 1234567;
    ws.getCell('D10').numFmt = '#,##0';
    ws.getCell('F1').value = true;
    ws.getCell('F2').value = { richText: [{ text: 'Tổng ', font: { bold: true } }, { text: 'số' }] };
    ws.getCell('F3').value = { formula: 'D8*2', result: 90 };
    ws.getCell('F4').value = { formula: 'CONCATENATE("a","b")', result: 'ab' };
    ws.getCell('F5').value = 'Tổng số học sinh'.normalize('NFD');
    ws.getCell('F6').value = 'dòng 1\r\ndòng 2';
    ws.getCell('F7').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.mergeCells('A8:A10');
    ws.getCell('A8').value = '1.';
    ws.getCell('C5').name = 'Bieu_1_1_SoLuong';
    ws.getCell('C5').value = 12;
    wb.definedNames.add("'PL2'!$D$8", 'Range_Many');
    grid = readWorkbookBytes(await bytesOf(wb));
    viaExcelJS = workbookToGrid(await new ExcelJS.Workbook().xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });

  it('keeps sheet names and order', () => {
    expect(grid.sheets.map((s) => s.name)).toEqual(['Báo cáo', 'PL2']);
  });

  it('reads shared strings, rich text, line breaks, entities and NFD text as written', () => {
    const ws = grid.sheets[1]!;
    expect(cellAt(ws, 0, 0)).toBe('PHÒNG GD&ĐT THÀNH PHỐ BẮC GIANG');
    expect(cellAt(ws, 7, 2)).toBe('- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45 <&> "x"');
    expect(cellAt(ws, 1, 5)).toBe('Tổng số');
    expect(cellAt(ws, 4, 5)).toBe('Tổng số học sinh'.normalize('NFD'));
    // A literal CR is normalized away by XML, as in every reader.
    expect(cellAt(ws, 5, 5)).toBe('dòng 1\ndòng 2');
  });

  it('reads numbers, booleans, formula results and errors', () => {
    const ws = grid.sheets[1]!;
    expect([cellAt(ws, 7, 3), cellAt(ws, 8, 3), cellAt(ws, 9, 3)]).toEqual([45, 32.448, 1234567]);
    expect([cellAt(ws, 0, 5), cellAt(ws, 2, 5), cellAt(ws, 3, 5), cellAt(ws, 6, 5)]).toEqual([true, 90, 'ab', '#DIV/0!']);
  });

  it('records number formats of non-General numeric cells only', () => {
    const ws = grid.sheets[1]!;
    expect(ws.numFmts).toEqual({
      [cellKey(7, 4)]: '0.0%',
      [cellKey(8, 4)]: '0%',
      [cellKey(9, 4)]: '0.00%',
      [cellKey(9, 3)]: '#,##0',
    });
  });

  it('reads merges and single-cell defined names', () => {
    const ws = grid.sheets[1]!;
    expect(ws.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 7, left: 0, bottom: 9, right: 0 }]));
    expect(ws.merges).toHaveLength(2);
    expect(grid.definedNames).toEqual(
      expect.arrayContaining([
        { name: 'Bieu_1_1_SoLuong', sheet: 'PL2', row: 4, col: 2 },
        { name: 'Range_Many', sheet: 'PL2', row: 7, col: 3 },
      ]),
    );
  });

  it('agrees with the ExcelJS-based reader', () => {
    expect(grid.sheets.map((s) => [s.name, s.values, s.numFmts])).toEqual(viaExcelJS.sheets.map((s) => [s.name, s.values, s.numFmts]));
    expect(new Set(grid.definedNames.map((n) => JSON.stringify(n)))).toEqual(new Set(viaExcelJS.definedNames.map((n) => JSON.stringify(n))));
  });
});

describe('readWorkbookBytes on hand-written package variants', () => {
  const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const pkg = (sheetXml: string, extra: Record<string, string> = {}): Uint8Array =>
    zipSync({
      '[Content_Types].xml': strToU8(contentTypes),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu &amp; số" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Biểu &amp; số'!$1:$2</definedName><definedName name="One">'Biểu &amp; số'!$B$2</definedName></definedNames></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>'),
      'xl/worksheets/data.xml': strToU8(sheetXml),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    });

  it('reads inline strings, cells without references, _x000D_ escapes and phonetic runs', () => {
    const grid = readWorkbookBytes(
      pkg(
        '<worksheet><sheetData><row r="2"><c t="inlineStr"><is><t>a_x000D_b</t></is></c><c t="s"><v>0</v></c><c><v>7</v></c></row><row><c t="b"><v>0</v></c></row></sheetData></worksheet>',
        { 'xl/sharedStrings.xml': '<sst><si><r><t>Tổng</t></r><r><t xml:space="preserve"> số</t></r><rPh><t>x</t></rPh></si></sst>' },
      ),
    );
    const ws = grid.sheets[0]!;
    expect(ws.name).toBe('Biểu & số');
    expect(ws.values[1]).toEqual(['a\rb', 'Tổng số', 7]);
    expect(ws.values[2]).toEqual([false]);
    expect(grid.definedNames).toEqual([{ name: 'One', sheet: 'Biểu & số', row: 1, col: 1 }]);
  });

  it('reads documents whose elements carry a namespace prefix', () => {
    const grid = readWorkbookBytes(pkg('<x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="B1" t="str"><x:v>ok</x:v></x:c></x:row></x:sheetData></x:worksheet>'));
    expect(grid.sheets[0]!.values[0]![1]).toBe('ok');
  });

  it('parses single-cell references only', () => {
    expect(parseSingleCellRef("'It''s'!$C$5")).toEqual({ sheet: "It's", row: 4, col: 2 });
    expect(parseSingleCellRef('PL2!C8')).toEqual({ sheet: 'PL2', row: 7, col: 2 });
    expect(parseSingleCellRef('PL2!$C$5:$D$6')).toBeUndefined();
    expect(parseSingleCellRef('#REF!')).toBeUndefined();
  });
});

describe('bad inputs', () => {
  it.each([
    ['empty file', () => new Uint8Array(0), 'empty'],
    ['random bytes', randomBytes, 'corrupt'],
    ['legacy .xls (CFB without an encrypted package)', legacyXls, 'legacy'],
    ['password-protected .xlsx (CFB with EncryptedPackage)', passwordProtected, 'password'],
    ['zip without xl/workbook.xml', zipWithoutWorkbook, 'corrupt'],
    ['text file renamed .xlsx', textRenamedXlsx, 'corrupt'],
  ])('%s', (_name, make, expected) => {
    expect(reason(make())).toBe(expected);
  });

  it('a truncated workbook is corrupt', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 'x'.repeat(5000);
    const bytes = await bytesOf(wb);
    expect(reason(bytes.slice(0, Math.floor(bytes.length * 0.6)))).toBe('corrupt');
  });

  it('a zip holding a workbook part but no sheet part is corrupt, not a crash', () => {
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>') });
    expect(reason(bytes)).toBe('corrupt');
    // and the round trip helper stays honest
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).toContain('sheet');
  });
});
