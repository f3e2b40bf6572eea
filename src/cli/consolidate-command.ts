import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { consolidatedLayout } from '../engine/consolidate/layout/build-consolidated-layout';
import { consolidate } from '../engine/consolidate/consolidate';
import { consolidationSummary } from '../engine/consolidate/summary-text';
import { consolidationJson } from '../engine/consolidate/to-json';
import { QD131 } from '../engine/form/qd131';
import { writeConsolidatedWorkbook } from '../xlsx/write-consolidated';
import { parseArgs, positiveIntOption, UsageError } from './args';
import { checkPaths, expandInputs, MissingInputError } from './check-files';
import { readUnitList } from './unit-list';

const USAGE = `Cách dùng:
  bieu consolidate <tệp hoặc thư mục>... --out <tệp.xlsx> [--units <danh-sách.xlsx|.csv>] [--unit "Phòng GD&ĐT …"] [--exclude-errors] [--force] [--json]

Đọc, kiểm tra và tổng hợp Biểu số liệu của các đơn vị vào một tệp.
  --out             tệp .xlsx sẽ ghi (không ghi đè tệp đã có, trừ khi có --force; không bao giờ ghi đè tệp đầu vào).
  --units           danh sách đơn vị phải nộp (cột "Tên đơn vị"), để biết đơn vị nào chưa gửi.
  --unit            tên đơn vị tổng hợp, in ở đầu biểu.
  --exclude-errors  không tổng hợp đơn vị có lỗi.
  --json            in kết quả dạng JSON.`;

const misuse = (message: string): number => {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  return 2;
};

/** Progress on stderr, only for a person watching a terminal. */
function progressPrinter(): ((done: number, total: number, file: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total, file) => {
    const now = Date.now();
    if (done < total && now - last < 80) return;
    last = now;
    const line = `Đang đọc tệp ${done}/${total}: ${path.basename(file)}`;
    process.stderr.write(`\r\x1b[K${line.length > 100 ? `${line.slice(0, 99)}…` : line}${done === total ? '\r\x1b[K' : ''}`);
  };
}

const samePath = (a: string, b: string): boolean => {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
};

/**
 * bieu consolidate <files or folders>... --out <file.xlsx> [--units <list>] [--exclude-errors] [--force] [--json]
 * Exit status: 0 the workbook was written (even when some units have errors: the summary says so),
 * 1 nothing could be written (no readable form among the inputs, or the write failed), 2 misuse.
 */
export async function runConsolidateCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let inputs: string[];
  let paths: string[];
  let outArg: string;
  let unitsFile: string | undefined;
  let unitName: string | undefined;
  let json: boolean;
  let force: boolean;
  let excludeErrors: boolean;
  let jobs: number | undefined;
  try {
    const parsed = parseArgs(args, { flags: ['--json', '--force', '--exclude-errors'], options: ['--out', '--units', '--unit', '--jobs'] });
    inputs = parsed.positionals;
    json = parsed.flags.has('--json');
    force = parsed.flags.has('--force');
    excludeErrors = parsed.flags.has('--exclude-errors');
    unitsFile = parsed.options.get('--units');
    unitName = parsed.options.get('--unit')?.trim() || undefined;
    jobs = positiveIntOption(parsed, '--jobs');
    if (inputs.length === 0) throw new UsageError('Chưa chỉ ra tệp hoặc thư mục cần tổng hợp.');
    const out = parsed.options.get('--out');
    if (!out) throw new UsageError('Thiếu --out <tệp.xlsx>: tệp tổng hợp sẽ ghi.');
    outArg = out;
    paths = expandInputs(inputs);
  } catch (error) {
    if (error instanceof UsageError || error instanceof MissingInputError) return misuse(error.message);
    throw error;
  }

  const out = path.resolve(outArg);
  if (path.extname(out).toLowerCase() !== '.xlsx') return misuse(`Tệp ghi ra phải có đuôi .xlsx: ${outArg}`);
  const input = paths.find((p) => samePath(p, out)) ?? inputs.find((p) => samePath(p, out));
  if (input) return misuse(`--out trùng với tệp đầu vào ${input}: Bieu không bao giờ ghi đè tệp của đơn vị. Hãy chọn tên khác.`);
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) return misuse(`${outArg} là một thư mục, không phải tệp .xlsx.`);
    if (!force) return misuse(`Tệp ${outArg} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }

  let units: string[] | undefined;
  if (unitsFile !== undefined) {
    try {
      units = await readUnitList(unitsFile);
    } catch (error) {
      return misuse(error instanceof Error ? error.message : String(error));
    }
  }

  if (paths.length === 0) {
    process.stderr.write(`Không có tệp Excel (.xlsx) nào trong ${inputs.join(', ')}; không ghi tệp tổng hợp.\n`);
    if (json) process.stdout.write(`${JSON.stringify(consolidationJson(consolidate([], { form: QD131 }), null), null, 2)}\n`);
    return 1;
  }

  const onProgress = progressPrinter();
  // The checked files are not kept past consolidation: only what the workbook needs stays in memory while it is written.
  const c = consolidate(await checkPaths(inputs, { ...(jobs !== undefined ? { jobs } : {}), ...(onProgress ? { onProgress } : {}) }), {
    form: QD131,
    excludeErrors,
    ...(units ? { units } : {}),
  });

  if (c.included.length === 0) {
    const why = c.excluded.length > 0 ? 'mọi đơn vị đọc được đều có lỗi (đã chọn --exclude-errors)' : 'không tệp nào là Biểu số liệu đọc được';
    process.stderr.write(`Không tổng hợp được: ${why}. Không ghi tệp ${outArg}.\n`);
    if (json) process.stdout.write(`${JSON.stringify(consolidationJson(c, null), null, 2)}\n`);
    else process.stderr.write(`${consolidationSummary(c, QD131, null).slice(1).join('\n')}\n`);
    return 1;
  }

  try {
    mkdirSync(path.dirname(out), { recursive: true });
    await writeConsolidatedWorkbook(consolidatedLayout(c, QD131, unitName ? { unit: unitName } : {}), out);
  } catch (error) {
    process.stderr.write(`Không ghi được ${outArg}: ${error instanceof Error ? error.message : String(error)}. Không có tệp nào bị ghi dở.\n`);
    return 1;
  }
  process.stdout.write(json ? `${JSON.stringify(consolidationJson(c, outArg), null, 2)}\n` : `${consolidationSummary(c, QD131, outArg).join('\n')}\n`);
  return 0;
}
