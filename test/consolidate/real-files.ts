import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPaths } from '../../src/cli/check-files';
import type { ConsolidationInput } from '../../src/engine/consolidate/types';
import type { GeneratedFile } from '../../src/samples/generate-district';
import { writeGeneratedFile } from '../../src/samples/write-sample-district';

export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `bieu-${prefix}-`));

/** Writes generated workbooks into `dir` (created), with their modification times; returns their paths. */
export function writeFiles(dir: string, files: ReadonlyArray<Pick<GeneratedFile, 'fileName' | 'bytes' | 'modified'>>): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => writeGeneratedFile(dir, f));
}

/** Reads and checks real files through the fast reader and checkWorkbook, as `bieu consolidate` does. */
export const checkFiles = (inputs: readonly string[]): Promise<ConsolidationInput[]> => checkPaths(inputs, { jobs: 1 });
