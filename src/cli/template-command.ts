import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { FORMS, formById } from '../engine/form/registry';
import { UNIT_LEVELS, type UnitLevel } from '../engine/form/schema';
import { LEVEL_HEADINGS, levelFromUnitName } from '../engine/template/unit-levels';
import { writeTemplateFile } from '../xlsx/write-template';

const USAGE = `Cách dùng:
  bieu template <mã biểu> [--level MN|TH|THCS|THPT|phong|so|dh] [--unit "Trường TH …"] [--agency "PHÒNG GD&ĐT …"] --out <tệp.xlsx> [--force]

Ghi Biểu số liệu đúng mẫu ban hành, sẵn sàng để điền và kiểm tra.
  <mã biểu>   ${FORMS.map((f) => f.id).join(', ')}
  --level     cấp đơn vị điền biểu: MN (mầm non), TH (tiểu học), THCS, THPT, phong (Phòng GD&ĐT), so (Sở GD&ĐT), dh (đại học, cao đẳng).
              Mặc định: suy ra từ --unit (ví dụ "Trường TH …" là TH); nếu không suy ra được thì "phong".
  --unit      tên đơn vị in ở đầu biểu (để trống thì biểu có dòng chấm để điền).
  --agency    cơ quan chủ quản in phía trên tên đơn vị (mặc định theo cấp).
  --out       tệp .xlsx sẽ ghi; không ghi đè tệp đã có, trừ khi có --force.`;

const LEVEL_ALIASES: Record<string, UnitLevel> = { phòng: 'phong', sở: 'so', 'đh': 'dh' };

function parseLevel(text: string): UnitLevel | undefined {
  const key = text.normalize('NFC').trim().toLowerCase();
  return UNIT_LEVELS.find((l) => l.toLowerCase() === key) ?? LEVEL_ALIASES[key];
}

interface TemplateArgs {
  formId?: string;
  level?: string;
  unit?: string;
  agency?: string;
  out?: string;
  force: boolean;
}

function parseArgs(args: string[]): TemplateArgs | string {
  const parsed: TemplateArgs = { force: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const valued = ['--level', '--unit', '--agency', '--out'] as const;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((valued as readonly string[]).includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) return `Thiếu giá trị sau ${flag}.`;
      parsed[flag.slice(2) as 'level' | 'unit' | 'agency' | 'out'] = value;
    } else if (arg === '--force') {
      parsed.force = true;
    } else if (arg.startsWith('-')) {
      return `Tùy chọn không hợp lệ: ${arg}`;
    } else if (parsed.formId === undefined) {
      parsed.formId = arg;
    } else {
      return `Thừa tham số: ${arg}`;
    }
  }
  return parsed;
}

const fail = (message: string): number => {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  return 2;
};

/** `bieu template qd131 --level TH --unit "Trường TH Ngô Sĩ Liên" --out bieu.xlsx`. Exit 0 written, 2 misuse or not written. */
export async function runTemplateCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(parsed);
  if (!parsed.formId) return fail('Thiếu mã biểu (ví dụ: qd131).');
  const form = formById(parsed.formId.toLowerCase());
  if (!form) return fail(`Không có biểu mã "${parsed.formId}". Các biểu có sẵn: ${FORMS.map((f) => f.id).join(', ')}.`);
  if (!parsed.out) return fail('Thiếu --out <tệp.xlsx>: tệp sẽ ghi.');
  if (path.extname(parsed.out).toLowerCase() !== '.xlsx') return fail(`Tệp ghi ra phải có đuôi .xlsx: ${parsed.out}`);

  const unit = parsed.unit?.trim() ?? '';
  let level: UnitLevel;
  if (parsed.level !== undefined) {
    const given = parseLevel(parsed.level);
    if (!given) return fail(`Cấp đơn vị không hợp lệ: "${parsed.level}". Dùng một trong: ${UNIT_LEVELS.join(', ')}.`);
    level = given;
  } else {
    level = levelFromUnitName(unit) ?? 'phong';
  }

  const out = path.resolve(parsed.out);
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) return fail(`${parsed.out} là một thư mục, không phải tệp .xlsx.`);
    if (!parsed.force) return fail(`Tệp ${parsed.out} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }
  if (!existsSync(path.dirname(out))) return fail(`Thư mục ${path.dirname(parsed.out)} không tồn tại.`);

  try {
    await writeTemplateFile(form, { level, unit, ...(parsed.agency ? { agency: parsed.agency } : {}) }, out);
  } catch (error) {
    process.stderr.write(`Không ghi được ${parsed.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const who = unit ? `${unit} (${LEVEL_HEADINGS[level].label.toLowerCase()})` : LEVEL_HEADINGS[level].label;
  process.stdout.write(`Đã ghi Biểu số liệu (mẫu ${form.id}) cho ${who} vào ${parsed.out}.\n`);
  return 0;
}
