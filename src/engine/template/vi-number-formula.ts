/**
 * Spreadsheet formulas that print numbers in Vietnamese style ("2.023", "99,8").
 *
 * TEXT(x,"#,##0") is not used: Excel reads the separators of a TEXT format in the user's
 * locale, so the same formula gives "2.023" on one machine and "2023" or "2,023" on another.
 * These formulas only use TEXT(…,"000") and the concatenation of whole numbers, which read
 * the same in every locale, in Excel and in LibreOffice alike.
 */

const group = (ref: string, divisor: string): string => `TEXT(MOD(INT(${ref}/${divisor}),1000),"000")`;

/**
 * A whole number with "." between thousands.
 * viIntegerFormula("D12") prints 32448 as "32.448" and 2023 as "2.023".
 */
export function viIntegerFormula(ref: string): string {
  const n = `ROUND(${ref},0)`;
  const last = `TEXT(MOD(${n},1000),"000")`;
  return (
    `IF(${n}>=1E9,INT(${n}/1E9)&"."&${group(n, '1E6')}&"."&${group(n, '1000')}&"."&${last},` +
    `IF(${n}>=1E6,INT(${n}/1E6)&"."&${group(n, '1000')}&"."&${last},` +
    `IF(${n}>=1000,INT(${n}/1000)&"."&${last},${n}&"")))`
  );
}

/**
 * A rate rounded to one decimal, "," as the decimal mark, no trailing ",0".
 * viRateFormula("F12") prints 99.799 as "99,8" and 100 as "100".
 * One decimal keeps the printed rate within DOMAIN.md's rounding rule of the exact one.
 */
export function viRateFormula(ref: string): string {
  const tenths = `ROUND(${ref}*10,0)`;
  return `INT(${tenths}/10)&IF(MOD(${tenths},10)=0,"",","&MOD(${tenths},10))`;
}

/** A text literal for a formula: "a \"b\"" -> "\"a \"\"b\"\"\"". */
export const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;
