import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkPaths } from '../cli/check-files';
import { consolidate } from '../engine/consolidate/consolidate';
import { consolidatedLayout } from '../engine/consolidate/layout/build-consolidated-layout';
import { consolidationSummary } from '../engine/consolidate/summary-text';
import { QD131 } from '../engine/form/qd131';
import { formatViNumber } from '../engine/text/format-number';
import { generateDistrict } from '../samples/generate-district';
import { copySampleDistrict, writeGeneratedFile } from '../samples/write-sample-district';
import { writeConsolidatedWorkbook } from '../xlsx/write-consolidated';

/** The repository root: dist/demo/.. /.. */
const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'assets', 'samples', 'bac-giang');
const OUT = path.join(ROOT, 'out', 'tong-hop.xlsx');

/**
 * The bundled sample district copied to out/bac-giang with the modification times it records
 * (git does not keep them, and they decide which of a school's two submissions is newer);
 * in a checkout without it, the same district generated there.
 */
async function sampleFolder(): Promise<string> {
  const dir = path.join(ROOT, 'out', 'bac-giang');
  mkdirSync(dir, { recursive: true });
  if (existsSync(SAMPLES)) copySampleDistrict(SAMPLES, dir);
  else for (const f of (await generateDistrict()).files) writeGeneratedFile(dir, f);
  return dir;
}

/**
 * npm run demo: checks and consolidates the sample district (55 schools of Bắc Giang city, a few planted
 * mistakes, a school that sent twice, a broken file, a workbook that is not the form) into out/tong-hop.xlsx.
 */
async function main(): Promise<number> {
  const folder = await sampleFolder();
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  process.stdout.write(`Bieu: tổng hợp Biểu số liệu mẫu của ${rel(folder)}\n\n`);
  const started = Date.now();
  const files = await checkPaths([folder]);
  const c = consolidate(files, { form: QD131 });
  mkdirSync(path.dirname(OUT), { recursive: true });
  // The demo's own output: replacing its previous run is expected.
  await writeConsolidatedWorkbook(consolidatedLayout(c, QD131, { unit: 'Phòng GD&ĐT thành phố Bắc Giang (mẫu)' }), OUT);
  const seconds = (Date.now() - started) / 1000;

  const errors = c.included.reduce((n, u) => n + u.errors, 0);
  const warnings = c.issues.filter((i) => i.severity === 'warning').length;
  const lines = [
    `Đọc ${files.length} tệp trong ${formatViNumber(seconds, 1)} giây: ${c.included.length} đơn vị được tổng hợp, ${c.duplicates.length} gửi trùng, ${c.rejected.length} tệp bị loại.`,
    `Kiểm tra: ${errors} lỗi ở ${c.included.filter((u) => u.errors > 0).length} đơn vị, ${warnings} cảnh báo (chi tiết ở trang "Kiểm tra").`,
    'Quy mô tổng hợp:',
    ...QD131.populations
      .filter((p) => (c.populations[p.id] ?? 0) > 0 && !p.sumOf)
      .map((p) => `  ${p.label}: ${formatViNumber(c.populations[p.id]!, 0)}`),
    '',
    ...consolidationSummary(c, QD131, rel(OUT)),
    '',
    `Mở ${rel(OUT)} để xem các trang "Tổng hợp", "Chi tiết đơn vị", "Kiểm tra" và "Nguồn".`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
