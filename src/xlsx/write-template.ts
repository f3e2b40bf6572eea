import { randomBytes } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FormDefinition } from '../engine/form/schema';
import { buildTemplateLayout, type TemplateLayoutOptions } from '../engine/template/build-template-layout';
import { renderWorkbook } from './render-layout';

/**
 * Writes the blank official form to `outPath` whole or not at all: to a temporary file
 * in the same folder first, then renamed over the target.
 */
export async function writeTemplateFile(form: FormDefinition, options: TemplateLayoutOptions, outPath: string): Promise<void> {
  const workbook = await renderWorkbook(buildTemplateLayout(form, options));
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
