import { errorCount, type CheckReport } from '../engine/report';
import { parseArgs, positiveIntOption, UsageError } from './args';
import { checkPaths, expandInputs, MissingInputError, runIssues } from './check-files';
import { checkReportJson } from './print-json-report';
import { humanReport } from './print-human-report';

const USAGE = 'Cách dùng: bieu check <tệp hoặc thư mục>... [--json] [--jobs <số luồng>]';

/** Progress on stderr, only for a person watching a terminal. */
function progressPrinter(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    process.stderr.write(`\rĐang kiểm tra tệp ${done}/${total}…${done === total ? '\r\x1b[K' : ''}`);
  };
}

/**
 * bieu check <files or folders>... [--json]
 * Exit status: 0 when no issue is an error, 1 when some are, 2 on misuse.
 */
export async function runCheckCommand(args: string[]): Promise<number> {
  let inputs: string[];
  let json: boolean;
  let jobs: number | undefined;
  try {
    const parsed = parseArgs(args, { flags: ['--json'], options: ['--jobs'] });
    inputs = parsed.positionals;
    json = parsed.flags.has('--json');
    jobs = positiveIntOption(parsed, '--jobs');
    if (inputs.length === 0) throw new UsageError('Chưa chỉ ra tệp hoặc thư mục cần kiểm tra.');
    if (expandInputs(inputs).length === 0)
      throw new UsageError(`Không tìm thấy tệp Excel nào (.xlsx, .xlsm, .xls) trong: ${inputs.join(', ')}`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof MissingInputError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const onProgress = progressPrinter();
  const files = await checkPaths(inputs, { ...(jobs !== undefined ? { jobs } : {}), ...(onProgress ? { onProgress } : {}) });
  const report: CheckReport = { files: files.map((f) => f.report), issues: runIssues(files) };
  process.stdout.write(json ? `${checkReportJson(report)}\n` : humanReport(report));
  const errors = errorCount(report.issues) + report.files.reduce((n, f) => n + errorCount(f.issues), 0);
  return errors > 0 ? 1 : 0;
}
