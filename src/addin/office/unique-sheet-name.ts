/** Excel's rules for sheet names: ≤ 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Trang').slice(0, MAX_SHEET_NAME).trim();
}

/**
 * "Tổng hợp" when free, else "Tổng hợp (2)", "Tổng hợp (3)", … Sheet names compare without case,
 * as Excel does. `taken` holds the lower-cased names in use; the chosen name is added to it.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
