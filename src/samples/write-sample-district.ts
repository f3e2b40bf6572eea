import { copyFileSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtReadme, districtTruth } from './district-readme';
import { generateDistrict, type GeneratedFile } from './generate-district';

/** Writes a file whole or not at all (temp file + rename), then gives it its modification time. */
export function writeGeneratedFile(dir: string, file: Pick<GeneratedFile, 'fileName' | 'bytes' | 'modified'>): string {
  const path = join(dir, file.fileName);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.bytes);
  renameSync(tmp, path);
  utimesSync(path, file.modified, file.modified);
  return path;
}

/**
 * Copies a written sample district (e.g. assets/samples/bac-giang, whose modification times git does not keep)
 * to `toDir`, giving each file the time recorded in truth.json, so "the newer file" is the resubmission again.
 * Returns the copied paths.
 */
export function copySampleDistrict(fromDir: string, toDir: string): string[] {
  const truth = JSON.parse(readFileSync(join(fromDir, 'truth.json'), 'utf8')) as { files: Array<{ fileName: string; modified: string }> };
  mkdirSync(toDir, { recursive: true });
  return truth.files.map((f) => {
    const path = join(toDir, f.fileName);
    copyFileSync(join(fromDir, f.fileName), path);
    const when = new Date(f.modified);
    utimesSync(path, when, when);
    return path;
  });
}

/** node dist/samples/write-sample-district.js <outDir> */
async function main(outDir: string | undefined): Promise<number> {
  if (!outDir) {
    process.stderr.write('Cách dùng: node dist/samples/write-sample-district.js <thư-mục>\n');
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  const district = await generateDistrict();
  for (const f of district.files) writeGeneratedFile(outDir, f);
  writeFileSync(join(outDir, 'README.md'), districtReadme(district));
  writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(districtTruth(district), null, 1)}\n`);
  process.stdout.write(`Đã ghi ${district.files.length} tệp vào ${outDir}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
