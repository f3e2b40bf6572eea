/**
 * When a sheet is written under another name ("Chi tiết đơn vị (2)" because the name was taken),
 * formulas of the layout that point at it must follow, or they would read the user's old sheet.
 */
export type SheetRenames = ReadonlyMap<string, string>;

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function renameSheetReferences(formula: string, renames: SheetRenames): string {
  let out = formula;
  for (const [from, to] of renames) {
    if (from === to) continue;
    const quoted = new RegExp(`${escapeRegExp(quoteSheet(from))}!`, 'g');
    out = out.replace(quoted, () => `${quoteSheet(to)}!`);
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from)) {
      const bare = new RegExp(`(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}!`, 'g');
      out = out.replace(bare, (_m, lead: string) => `${lead}${quoteSheet(to)}!`);
    }
  }
  return out;
}
