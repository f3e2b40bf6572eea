import type { CellRange } from '../../engine/grid';
import type { CellStyle, DataValidationRule } from '../../engine/layout';
import { COMMAND_BYTES, estimateBytes } from './payload-budget';

// The string values of Office's enums, so nothing needs the `Excel` global at import time.
const H_ALIGN: Record<NonNullable<CellStyle['hAlign']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};
const V_ALIGN: Record<NonNullable<CellStyle['vAlign']>, Excel.VerticalAlignment> = {
  top: 'Top' as Excel.VerticalAlignment,
  middle: 'Center' as Excel.VerticalAlignment,
  bottom: 'Bottom' as Excel.VerticalAlignment,
};

/** Queues the formatting of one rectangle; returns the estimated request bytes. */
export function applyStyle(range: Excel.Range, style: CellStyle, rect: CellRange): number {
  let commands = 0;
  const format = range.format;
  const font = format.font;
  if (style.font) (font.name = style.font), commands++;
  if (style.size) (font.size = style.size), commands++;
  if (style.bold) (font.bold = true), commands++;
  if (style.italic) (font.italic = true), commands++;
  if (style.color) (font.color = `#${style.color}`), commands++;
  if (style.fill) (format.fill.color = `#${style.fill}`), commands++;
  if (style.hAlign) (format.horizontalAlignment = H_ALIGN[style.hAlign]), commands++;
  if (style.vAlign) (format.verticalAlignment = V_ALIGN[style.vAlign]), commands++;
  if (style.wrap) (format.wrapText = true), commands++;
  if (style.border) {
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    if (rect.bottom > rect.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (rect.right > rect.left) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      format.borders.getItem(edge).style = 'Continuous' as Excel.BorderLineStyle;
      commands++;
    }
  }
  if (style.locked === false) (format.protection.locked = false), commands++;
  return commands * COMMAND_BYTES;
}

const OPERATORS: Record<NonNullable<DataValidationRule['operator']>, Excel.DataValidationOperator> = {
  between: 'Between' as Excel.DataValidationOperator,
  greaterThanOrEqual: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator,
  lessThanOrEqual: 'LessThanOrEqualTo' as Excel.DataValidationOperator,
};

/** "0" -> 0; "$D$5" -> "=$D$5". */
const formulaArgument = (f: string): number | string => (/^-?\d+(\.\d+)?$/.test(f.trim()) ? Number(f) : `=${f}`);

/** "\"Có,Không\"" -> "Có,Không"; a range reference -> "=$A$1:$A$3". */
const listSource = (f: string): string => (/^".*"$/.test(f.trim()) ? f.trim().slice(1, -1).replace(/""/g, '"') : `=${f}`);

/** A validation rule as Office.js takes it (ExcelApi 1.8). */
export function toExcelRule(rule: DataValidationRule): Excel.DataValidationRule {
  if (rule.type === 'list') return { list: { inCellDropDown: true, source: listSource(rule.formulae[0] ?? '""') } };
  const basic: Excel.BasicDataValidation = {
    operator: OPERATORS[rule.operator ?? 'between'],
    formula1: formulaArgument(rule.formulae[0] ?? '0'),
  };
  if (rule.formulae[1] !== undefined) basic.formula2 = formulaArgument(rule.formulae[1]);
  return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

/** Queues a data validation on a range; returns the estimated request bytes. */
export function applyValidation(range: Excel.Range, rule: DataValidationRule): number {
  const dv = range.dataValidation;
  const excelRule = toExcelRule(rule);
  dv.rule = excelRule;
  dv.ignoreBlanks = rule.allowBlank;
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: 'Stop' as Excel.DataValidationAlertStyle,
    title: rule.errorTitle,
    message: rule.error,
  };
  dv.errorAlert = errorAlert;
  let bytes = 3 * COMMAND_BYTES + estimateBytes(excelRule) + estimateBytes(errorAlert);
  if (rule.prompt) {
    const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: rule.promptTitle ?? '', message: rule.prompt };
    dv.prompt = prompt;
    bytes += COMMAND_BYTES + estimateBytes(prompt);
  }
  return bytes;
}

/** True when a rule's formulae refer to cells relative to where they sit (they must be applied cell by cell). */
export function hasRelativeReference(rule: DataValidationRule): boolean {
  return rule.formulae.some((f) => {
    const code = f.replace(/"[^"]*"/g, '');
    for (const m of code.matchAll(/(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g)) {
      if (m[1] !== '$' || m[3] !== '$') return true;
    }
    return false;
  });
}
