import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTemplateCommand } from '../../src/cli/template-command';
import { LEVEL_NAME, UNIT_NAME } from '../../src/engine/template/template-names';
import { levelFromUnitName } from '../../src/engine/template/unit-levels';
import { namedCell } from './fill-template';

/** Runs the command, capturing what it prints. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await runTemplateCommand(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function levelAndUnit(file: string): Promise<[unknown, unknown]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return [namedCell(wb, LEVEL_NAME).value, namedCell(wb, UNIT_NAME).value];
}

describe('bieu template', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bieu-template-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the form and says so in Vietnamese', async () => {
    const out = path.join(dir, 'bieu.xlsx');
    const r = await run(['qd131', '--level', 'TH', '--unit', 'Trường TH Ngô Sĩ Liên', '--out', out]);
    expect(r).toEqual({ code: 0, stdout: `Đã ghi Biểu số liệu (mẫu qd131) cho Trường TH Ngô Sĩ Liên (trường tiểu học) vào ${out}.\n`, stderr: '' });
    expect(await levelAndUnit(out)).toEqual(['TH', 'TRƯỜNG TH NGÔ SĨ LIÊN']);
    expect(await readdir(dir)).toEqual(['bieu.xlsx']); // no temporary file left
  });

  it('takes the level from the unit name, else the Phòng', async () => {
    await run(['qd131', '--unit', 'Trường Mầm non Hoa Sen', '--out', path.join(dir, 'mn.xlsx')]);
    expect(await levelAndUnit(path.join(dir, 'mn.xlsx'))).toEqual(['MN', 'TRƯỜNG MẦM NON HOA SEN']);
    await run(['qd131', '--out', path.join(dir, 'blank.xlsx')]);
    expect(await levelAndUnit(path.join(dir, 'blank.xlsx'))).toEqual(['phong', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO']);
    await run(['qd131', '--level=thcs', `--out=${path.join(dir, 'thcs.xlsx')}`]);
    expect((await levelAndUnit(path.join(dir, 'thcs.xlsx')))[0]).toBe('THCS');
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const out = path.join(dir, 'bieu.xlsx');
    await writeFile(out, 'tệp của người dùng');
    const refused = await run(['qd131', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Tệp ${out} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
    expect(await readFile(out, 'utf8')).toBe('tệp của người dùng');
    expect((await run(['qd131', '--out', out, '--force'])).code).toBe(0);
    expect((await levelAndUnit(out))[0]).toBe('phong');
  });

  it.each([
    [['qd131'], 'Thiếu --out <tệp.xlsx>'],
    [['--out', 'x.xlsx'], 'Thiếu mã biểu'],
    [['qd999', '--out', 'x.xlsx'], 'Không có biểu mã "qd999"'],
    [['qd131', '--level', 'ABC', '--out', 'x.xlsx'], 'Cấp đơn vị không hợp lệ: "ABC"'],
    [['qd131', '--out', 'x.xls'], 'phải có đuôi .xlsx'],
    [['qd131', '--out'], 'Thiếu giá trị sau --out'],
    [['qd131', '--bogus', '--out', 'x.xlsx'], 'Tùy chọn không hợp lệ: --bogus'],
  ])('exits 2 on misuse: %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Cách dùng:');
  });

  it('exits 2 when the folder does not exist or --out is a folder, writing nothing', async () => {
    expect((await run(['qd131', '--out', path.join(dir, 'no', 'bieu.xlsx')])).stderr).toContain('không tồn tại');
    await mkdir(path.join(dir, 'folder.xlsx'));
    expect((await run(['qd131', '--out', path.join(dir, 'folder.xlsx'), '--force'])).code).toBe(2);
    expect(await readdir(dir)).toEqual(['folder.xlsx']);
  });
});

describe('levelFromUnitName', () => {
  it.each([
    ['Trường TH Ngô Sĩ Liên', 'TH'],
    ['Trường Tiểu học Ngô Sĩ Liên', 'TH'],
    ['TRƯỜNG THCS NGÔ SĨ LIÊN', 'THCS'],
    ['Trường MN Hoa Sen', 'MN'],
    ['Trường THPT Chuyên Bắc Giang', 'THPT'],
    ['Phòng GD&ĐT Bắc Giang', 'phong'],
    ['Phòng Giáo dục và Đào tạo thành phố Bắc Giang', 'phong'],
    ['Sở GD&ĐT Hải Phòng', 'so'],
    ['Trường Đại học Hải Phòng', 'dh'],
    ['Trường TH và THCS Đông Phương', undefined],
    ['', undefined],
  ])('%s -> %s', (name, level) => {
    expect(levelFromUnitName(name)).toBe(level);
  });
});
