import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Recalculates a workbook with LibreOffice headless and saves it as .xlsx in `outDir`;
 * resolves to the written file's path.
 *
 * LibreOffice keeps the cached formula results of an .xlsx unless told otherwise, so each call
 * uses a fresh profile whose OOXMLRecalcMode is 0 ("always recalculate"). `locale` (e.g. "vi-VN")
 * sets the profile's locale, to show that formulas do not depend on the user's separators.
 *
 *   const recalculated = await recalculateWithLibreOffice('/tmp/a/bieu.xlsx', '/tmp/b');
 */
export async function recalculateWithLibreOffice(
  inputPath: string,
  outDir: string,
  options: { locale?: string; timeoutMs?: number } = {},
): Promise<string> {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) không có trên máy này: cài gói Debian "libreoffice-calc-nogui" (npm test tự cài qua scripts/ensure-system-deps.sh).',
    );
  const input = path.resolve(inputPath);
  const out = path.resolve(outDir);
  if (path.dirname(input) === out) throw new Error('outDir phải khác thư mục của tệp đầu vào (LibreOffice ghi tệp cùng tên).');
  await mkdir(out, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'bieu-lo-profile-'));
  try {
    await mkdir(path.join(profile, 'user'), { recursive: true });
    await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), registry(options.locale));
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--nolockcheck',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        input,
      ],
      options.timeoutMs ?? 120_000,
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const written = path.join(out, `${path.basename(input, path.extname(input))}.xlsx`);
  if (!existsSync(written)) throw new Error(`LibreOffice không ghi được ${written}`);
  return written;
}

function findSoffice(): string | undefined {
  for (const candidate of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice'])
    if (existsSync(candidate)) return candidate;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function registry(locale: string | undefined): string {
  const item = (p: string, name: string, value: string) =>
    `<item oor:path="${p}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    item('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0'),
    item('/org.openoffice.Office.Calc/Formula/Load', 'ODFRecalcMode', '0'),
    ...(locale ? [item('/org.openoffice.Setup/L10N', 'ooSetupSystemLocale', locale)] : []),
    '</oor:items>',
    '',
  ].join('\n');
}

function run(command: string, args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`LibreOffice thất bại: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}
