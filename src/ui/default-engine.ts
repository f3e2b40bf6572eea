import { QD131 } from '../engine/form/qd131';
import { checkWorkbook } from '../engine/check-workbook';
import { buildTemplateLayout } from '../engine/template/build-template-layout';
import type { UiEngine } from './engine-api';

/** The real engine behind the task pane (Excel and web alike). */
export const DEFAULT_ENGINE: UiEngine = {
  form: QD131,
  buildTemplate: ({ level, unit }) => buildTemplateLayout(QD131, { level, unit }),
  checkGrid: (grid, path) => checkWorkbook(grid, { path }),
};
