import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QD131 } from '../../src/engine/form/qd131';
import { UNIT_LEVELS, formItems } from '../../src/engine/form/schema';
import { parseCellAddress } from '../../src/engine/grid';
import { buildTemplateLayout, populationsAsked, TEMPLATE_SHEET_NAME } from '../../src/engine/template/build-template-layout';
import { FORM_ID_NAME, LEVEL_NAME, UNIT_NAME, itemCellName, populationCellName } from '../../src/engine/template/template-names';
import { writeTemplateFile } from '../../src/xlsx/write-template';
import { namedCell, shownValue } from './fill-template';

const formulaOf = (cell: ExcelJS.Cell): string | undefined => {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).formula : undefined;
};
const absolute = (cell: ExcelJS.Cell): string => cell.address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

describe('the written template, read back with ExcelJS', () => {
  let dir: string;
  const books: Record<string, ExcelJS.Workbook> = {};
  let sheetXml = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bieu-template-structure-'));
    for (const [level, unit] of [
      ['TH', 'Trường TH Ngô Sĩ Liên'],
      ['MN', 'Trường MN Hoa Sen'],
      ['phong', 'Phòng GD&ĐT Bắc Giang'],
    ] as const) {
      const file = path.join(dir, `${level}.xlsx`);
      await writeTemplateFile(QD131, { level, unit }, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      books[level] = wb;
      if (level === 'TH') sheetXml = strFromU8(unzipSync(await readFile(file))['xl/worksheets/sheet1.xml']!);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const sheetOf = (level: string) => books[level]!.getWorksheet(TEMPLATE_SHEET_NAME)!;

  it('has one sheet with the header block, the title and the issued columns', () => {
    const wb = books.TH!;
    expect(wb.worksheets.map((w) => w.name)).toEqual([TEMPLATE_SHEET_NAME]);
    const ws = sheetOf('TH');
    expect(ws.getCell('A1').value).toBe('PHÒNG GD&ĐT ……………');
    expect(namedCell(wb, UNIT_NAME).value).toBe('TRƯỜNG TH NGÔ SĨ LIÊN');
    expect(namedCell(wb, UNIT_NAME).font.bold).toBe(true);
    expect(ws.getCell('D1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('D2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(namedCell(wb, FORM_ID_NAME).value).toBe('qd131');
    expect(namedCell(wb, LEVEL_NAME).value).toBe('TH');
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    for (const line of [...QD131.title, QD131.attachmentLine, 'I. SỐ LIỆU CHUNG']) expect(texts).toContain(line);
    QD131.footnotes.forEach((note, i) => expect(texts).toContain(`${'¹²³'[i]} ${note}`));
  });

  it('repeats the issued header row on every printed page, A4 landscape fitted to the width', () => {
    const ws = sheetOf('TH');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const titles = /^(\d+):(\d+)$/.exec(String(ws.pageSetup.printTitlesRow))!;
    expect(titles[1]).toBe(titles[2]);
    const row = ws.getRow(Number(titles[1]));
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value)).toEqual([...QD131.columns, 'Số lượng', 'Tổng số', 'Tỉ lệ (%)', 'Tên (nêu rõ)']);
    expect(row.getCell(2).font.bold).toBe(true);
  });

  it('writes every cell in Times New Roman 13 unless said otherwise, wrapped', () => {
    const ws = sheetOf('TH');
    const sizes = new Set<number>();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.font.name).toBe('Times New Roman');
        sizes.add(c.font.size ?? 0);
      }),
    );
    expect([...sizes].sort()).toEqual([11, 13, 14]);
    expect(namedCell(books.TH!, itemCellName('1.1', 'KetQua')).alignment.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(50);
    expect(ws.getColumn(8).hidden).toBe(true);
  });

  it('names every input and points each name at the right cell', () => {
    const wb = books.TH!;
    const ws = sheetOf('TH');
    const giaoVien = namedCell(wb, populationCellName('giao_vien'));
    expect(ws.getCell(giaoVien.row, 2).value).toBe('Tổng số giáo viên');
    // 1.1: count, population (a formula on Số liệu chung), rate, text on one row.
    const count = namedCell(wb, itemCellName('1.1', 'SoLuong'));
    const total = namedCell(wb, itemCellName('1.1', 'TongSo'));
    const rate = namedCell(wb, itemCellName('1.1', 'TiLe'));
    const text = namedCell(wb, itemCellName('1.1', 'KetQua'));
    expect([total.row, rate.row, text.row]).toEqual([count.row, count.row, count.row]);
    expect([text.col, count.col, total.col, rate.col]).toEqual([3, 4, 5, 6]);
    expect(formulaOf(total)).toBe(`IF(ISNUMBER(${absolute(giaoVien)}),${absolute(giaoVien)},"")`);
    expect(formulaOf(rate)).toBe(`IF(AND(ISNUMBER(${count.address}),ISNUMBER(${total.address})),IF(${total.address}>0,${count.address}/${total.address}*100,""),"")`);
    expect(formulaOf(text)).toContain('"- Tổng số giáo viên có máy tính"');
    expect(shownValue(text)).toBe('- Tổng số giáo viên có máy tính: .đạt tỉ lệ: ...%');
    // Rate-only and names items.
    expect(namedCell(wb, itemCellName('5.1', 'TiLe')).value).toBeNull();
    expect(namedCell(wb, itemCellName('3.1', 'Ten')).col).toBe(7);
    // A population made of parts is a formula of them.
    const nguoiHoc = namedCell(wb, populationCellName('nguoi_hoc'));
    const hocSinh = absolute(namedCell(wb, populationCellName('hoc_sinh')));
    expect(formulaOf(nguoiHoc)).toBe(`IF(COUNT(${hocSinh})=0,"",SUM(${hocSinh}))`);
    const bg = books.phong!;
    const parts = ['tre_mn', 'hoc_sinh'].map((id) => absolute(namedCell(bg, populationCellName(id)))).join(',');
    expect(formulaOf(namedCell(bg, populationCellName('nguoi_hoc')))).toBe(`IF(COUNT(${parts})=0,"",SUM(${parts}))`);
  });

  it('has a name for each population asked and each input of every item, at each level', () => {
    for (const level of ['TH', 'MN', 'phong'] as const) {
      const wb = books[level]!;
      const names = new Set(wb.definedNames.model.map((n) => n.name));
      for (const p of populationsAsked(QD131, level)) expect(names).toContain(populationCellName(p.id));
      for (const p of QD131.populations.filter((q) => !q.levels.includes(level))) expect(names).not.toContain(populationCellName(p.id));
      for (const item of formItems(QD131)) {
        const fields = item.kind === 'countRate' ? ['SoLuong', 'TongSo', 'TiLe'] : item.kind === 'rate' ? ['TiLe'] : ['SoLuong', 'Ten'];
        for (const f of [...fields, 'KetQua']) expect(names).toContain(itemCellName(item.code, f as 'SoLuong'));
      }
      for (const n of wb.definedNames.model) {
        if (n.name.startsWith('_xlnm')) continue;
        expect(n.ranges).toHaveLength(1);
        expect(parseCellAddress(n.ranges[0]!)?.sheet).toBe(TEMPLATE_SHEET_NAME);
      }
    }
  });

  it('validates inputs with Vietnamese messages: whole numbers ≥ 0, counts up to their total, rates 0–100', () => {
    const wb = books.TH!;
    const count = namedCell(wb, itemCellName('1.1', 'SoLuong'));
    const total = absolute(namedCell(wb, itemCellName('1.1', 'TongSo')));
    expect(count.dataValidation).toMatchObject({ type: 'whole', showErrorMessage: true, errorTitle: 'Số lượng không hợp lệ' });
    // ExcelJS reads a validation's formulae as numbers, so the upper bound is checked in the sheet's XML.
    expect(sheetXml).toContain(
      `sqref="${count.address}"><formula1>0</formula1><formula2>IF(ISNUMBER(${total}),${total},1000000000000)</formula2></dataValidation>`,
    );
    expect(count.dataValidation.error).toContain('không lớn hơn Tổng số');
    expect(namedCell(wb, populationCellName('giao_vien')).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(namedCell(wb, itemCellName('5.1', 'TiLe')).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100], errorTitle: 'Tỉ lệ không hợp lệ' });
    expect(namedCell(wb, itemCellName('3.1', 'SoLuong')).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
  });

  it('keeps validation titles and messages within what Excel accepts, at every level', () => {
    for (const level of UNIT_LEVELS) {
      for (const cell of buildTemplateLayout(QD131, { level, unit: '' }).sheets[0]!.cells) {
        const v = cell.validation;
        if (!v) continue;
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect((v.promptTitle ?? '').length).toBeLessThanOrEqual(32);
        expect(v.error.length).toBeLessThanOrEqual(225);
        expect((v.prompt ?? '').length).toBeLessThanOrEqual(255);
      }
    }
  });

  it('protects the sheet without a password and unlocks only the inputs', () => {
    const wb = books.TH!;
    const ws = sheetOf('TH');
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(protection.algorithmName).toBeUndefined();
    const inputs = new Set<string>();
    for (const n of wb.definedNames.model) {
      const cell = namedCell(wb, n.name);
      if (cell.protection?.locked === false) inputs.add(n.name);
    }
    const expected = [
      UNIT_NAME,
      ...populationsAsked(QD131, 'TH').filter((p) => !p.sumOf).map((p) => populationCellName(p.id)),
      ...formItems(QD131)
        .filter((it) => it.levels.includes('TH'))
        .flatMap((it) => (it.kind === 'countRate' ? ['SoLuong'] : it.kind === 'rate' ? ['TiLe'] : ['SoLuong', 'Ten']).map((f) => itemCellName(it.code, f as 'SoLuong'))),
    ];
    expect([...inputs].sort()).toEqual(expected.sort());
    // Every other written cell is locked.
    let unlocked = 0;
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => void (c.protection?.locked === false && unlocked++)));
    expect(unlocked).toBe(expected.length + 2); // ExcelJS gives merged cells their master's style: the unit's name spans A:C
  });

  it('merges STT and Nội dung down over the rows of a section', () => {
    const wb = books.TH!;
    const ws = sheetOf('TH');
    const first = Number(namedCell(wb, itemCellName('8.1', 'SoLuong')).row) - 1; // the "Nếu có," row
    const last = namedCell(wb, itemCellName('8.6', 'SoLuong')).row;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining([`A${first}:A${last}`, `B${first}:B${last}`]));
    expect(ws.getCell(`A${first}`).value).toBe(8);
    expect(ws.getCell(`B${first}`).value).toBe('Triển khai hệ thống quản trị, quản lý dựa trên dữ liệu và công nghệ số');
    expect(ws.getCell(`C${first}`).value).toBe('Nếu có,');
    const s1 = namedCell(wb, itemCellName('1.1', 'SoLuong')).row;
    expect(String(ws.getCell(`B${s1}`).value)).toMatch(/trực tuyến ¹$/);
  });

  it('greys the items that do not apply and locks them (MN)', () => {
    const wb = books.MN!;
    for (const item of formItems(QD131)) {
      const text = namedCell(wb, itemCellName(item.code, 'KetQua'));
      const first = namedCell(wb, itemCellName(item.code, item.kind === 'rate' ? 'TiLe' : 'SoLuong'));
      if (item.levels.includes('MN')) {
        expect([item.code, first.protection?.locked]).toEqual([item.code, false]);
        continue;
      }
      expect([item.code, text.value]).toEqual([item.code, `${item.blank.startsWith('-') ? '- ' : ''}${item.label}: Không áp dụng`]);
      expect((text.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
      expect((first.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
      expect(first.protection?.locked).not.toBe(false);
      expect(first.dataValidation).toBeUndefined();
    }
    expect(namedCell(wb, itemCellName('2.1', 'KetQua')).value).toBe('- Tổng số học sinh có máy tính: Không áp dụng');
    expect(namedCell(wb, itemCellName('1.1', 'KetQua')).value).toMatchObject({ result: '- Tổng số giáo viên có máy tính: .đạt tỉ lệ: ...%' });
  });
});
