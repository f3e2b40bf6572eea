import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QD131 } from '../../src/engine/form/qd131';
import { formItems } from '../../src/engine/form/schema';
import { itemPrefix, notApplicableText } from '../../src/engine/template/result-text-formula';
import { populationCellName, itemCellName } from '../../src/engine/template/template-names';
import { formatViNumber, roundRate } from '../../src/engine/text/format-number';
import { writeTemplateFile } from '../../src/xlsx/write-template';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { BAC_GIANG_PHONG } from './bac-giang';
import { fillTemplate, namedCell, shownValue } from './fill-template';

const POPULATION = {
  tre_mn: 12292,
  hoc_sinh: 18852 + 13596,
  nguoi_hoc: 12292 + 18852 + 13596,
  giao_vien: 2023,
  nha_giao: 2023,
};

describe('the filled template, recalculated by LibreOffice', () => {
  let dir: string;
  let filled: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bieu-template-lo-'));
    const blank = path.join(dir, 'blank', 'bieu.xlsx');
    await mkdir(path.dirname(blank));
    await writeTemplateFile(QD131, { level: 'phong', unit: 'Phòng GD&ĐT Bắc Giang' }, blank);
    filled = path.join(dir, 'filled.xlsx');
    await fillTemplate(blank, filled, BAC_GIANG_PHONG);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const recalculated = new Map<string, Promise<string>>();
  /** One LibreOffice run per locale, shared by the tests. */
  const recalculate = (locale: string): Promise<string> => {
    if (!recalculated.has(locale)) recalculated.set(locale, recalculateWithLibreOffice(filled, path.join(dir, locale), { locale }));
    return recalculated.get(locale)!;
  };
  const open = async (file: string): Promise<ExcelJS.Workbook> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  };

  it.each(['en-US', 'vi-VN'])('shows the official text and the rates (LibreOffice in %s)', async (locale) => {
    const wb = await open(await recalculate(locale));
    const text = (code: string) => shownValue(namedCell(wb, itemCellName(code, 'KetQua')));
    const rate = (code: string) => shownValue(namedCell(wb, itemCellName(code, 'TiLe')));

    expect(text('1.1')).toBe('- Tổng số giáo viên có máy tính: 2.023, đạt tỉ lệ: 100%');
    expect(text('2.1')).toBe('- Tổng số học sinh có máy tính: 32.448, đạt tỉ lệ: 100%');
    expect(text('3.1')).toBe('- Số nền tảng: 5 (Microsoft Office 365, Google Meet, Zoom, Zavi, K12)');
    expect(text('3.2')).toBe('- Số nền tảng là sản phẩm trong nước:'); // left blank: the blank as issued
    expect(text('5.1')).toBe('- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 28%');
    expect(text('8.2')).toBe('- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: 44.740, đạt tỉ lệ: 100%');
    expect(text('8.4')).toBe(
      '- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: 33, đạt tỉ lệ: 60%',
    );
    expect(text('9.3')).toBe(
      '- Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục: 44.700, đạt tỉ lệ: 99,8%',
    );
    expect(text('8.5')).toBe('- Số lượng hồ sơ công việc tại cấp Sở được vận hành dựa trên dữ liệu và công nghệ số: Không áp dụng');

    expect(rate('9.3')).toBeCloseTo((44700 / 44790) * 100, 9);
    expect(rate('8.4')).toBeCloseTo(60, 9);
    expect(rate('1.1')).toBe(100);
    expect(shownValue(namedCell(wb, populationCellName('hoc_sinh')))).toBe(POPULATION.hoc_sinh);
    expect(shownValue(namedCell(wb, populationCellName('nguoi_hoc')))).toBe(POPULATION.nguoi_hoc);
    expect(shownValue(namedCell(wb, itemCellName('8.2', 'TongSo')))).toBe(POPULATION.nguoi_hoc);

    // Every filled count-and-rate item reads as the engine would print it.
    for (const item of formItems(QD131)) {
      const count = BAC_GIANG_PHONG[itemCellName(item.code, 'SoLuong')];
      if (item.kind !== 'countRate' || typeof count !== 'number' || !item.population) continue;
      const population = Number(BAC_GIANG_PHONG[populationCellName(item.population)] ?? POPULATION[item.population as keyof typeof POPULATION]);
      const expected = `${itemPrefix(item)}${item.label}: ${formatViNumber(count)}, đạt tỉ lệ: ${formatViNumber(roundRate((count / population) * 100, 1), 1)}%`;
      expect([item.code, text(item.code)]).toEqual([item.code, expected]);
    }
    for (const item of formItems(QD131).filter((it) => !it.levels.includes('phong')))
      expect([item.code, text(item.code)]).toEqual([item.code, notApplicableText(item)]);
  });

  it('leaves the inputs as typed', async () => {
    const wb = await open(await recalculate('en-US'));
    for (const [name, value] of Object.entries(BAC_GIANG_PHONG)) expect([name, shownValue(namedCell(wb, name))]).toEqual([name, value]);
  });
});
