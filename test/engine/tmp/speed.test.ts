import { checkWorkbook } from '../../../src/engine/check-workbook';
import { BAC_GIANG } from '../support/bac-giang';
import { sheet, workbook } from '../support/build-grid';
import { formRows } from '../support/form-rows';
it('speed', () => {
  const grids = Array.from({ length: 600 }, (_, i) => i % 2 ? workbook(sheet('PL2', BAC_GIANG.map(r => [...r]))) : workbook(sheet('PL2', formRows({ '1': `- Tổng số giáo viên có máy tính: ${40 + (i % 7)}, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%` }))));
  checkWorkbook(grids[0]!, { path: 'a' });
  const t = performance.now();
  for (const g of grids) checkWorkbook(g, { path: 'x.xlsx' });
  console.log('600 checks ms', performance.now() - t);
});
