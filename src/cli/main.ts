const USAGE = `Cách dùng:
  bieu check <tệp hoặc thư mục>... [--json]
  bieu consolidate <tệp hoặc thư mục>... --out <tệp.xlsx> [--units <danh-sách.xlsx|.csv>] [--unit "Phòng GD&ĐT …"] [--exclude-errors] [--force] [--json]
  bieu template qd131 [--level MN|TH|THCS|THPT|phong|so|dh] [--unit "Trường TH …"] [--agency "…"] --out <tệp.xlsx> [--force]`;

/** Exit status: 0 no error, 1 some file has errors, 2 misuse. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Commands load lazily: `bieu check` must not pay for ExcelJS, which only the writers need.
    case 'check':
      return (await import('./check-command')).runCheckCommand(rest);
    case 'consolidate':
      return (await import('./consolidate-command')).runConsolidateCommand(rest);
    case 'template':
      return (await import('./template-command')).runTemplateCommand(rest);
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`${command ? `Lệnh không hợp lệ: ${command}\n` : ''}${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // No stack traces for users: a bug still says what happened.
    process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
