import { COMMAND_BYTES, DEFAULT_PAYLOAD_BUDGET, PayloadBudget } from './payload-budget';

/**
 * Copies the sheets of received workbooks into the open one (ExcelApi 1.13
 * `insertWorksheetsFromBase64`), at the end. Excel renames a sheet whose name is taken.
 * Two syncs (insert, then read the names given), plus chunking under the 5 MB request limit:
 * each file's base64 travels in the request.
 */
export async function insertSheetsFromFiles(
  context: Excel.RequestContext,
  files: ReadonlyArray<{ name: string; base64: string }>,
  payloadBudget = DEFAULT_PAYLOAD_BUDGET,
): Promise<string[]> {
  const budget = new PayloadBudget(context, payloadBudget);
  const results: Array<OfficeExtension.ClientResult<string[]>> = [];
  for (const file of files) {
    await budget.reserve(file.base64.length + COMMAND_BYTES);
    results.push(context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: 'End' as Excel.WorksheetPositionType }));
  }
  await budget.flush();
  const sheets = results.flatMap((r) => r.value).map((id) => context.workbook.worksheets.getItem(id).load('name'));
  await context.sync();
  return sheets.map((ws) => ws.name);
}
