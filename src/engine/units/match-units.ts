import { unitKey } from './unit-key';

const namePart = (key: string): string => key.slice(key.indexOf('|') + 1);
const levelPart = (key: string): string => key.slice(0, key.indexOf('|'));

/**
 * Whether two unit keys name the same unit: equal, or the same name where one side does not say its level.
 * sameUnitKey(unitKey("Ngô Sĩ Liên"), unitKey("Trường TH Ngô Sĩ Liên")) === true
 */
export function sameUnitKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (namePart(a) !== namePart(b)) return false;
  return levelPart(a) === '' || levelPart(b) === '';
}

/**
 * The names of `expected` that match none of `present`, tolerantly (unitKey).
 * missingUnits(["TH Ngô Sĩ Liên", "MN Hoa Sen"], ["Trường Tiểu học Ngô Sĩ Liên"]) -> ["MN Hoa Sen"]
 */
export function missingUnits(expected: readonly string[], present: readonly string[]): string[] {
  const presentKeys = new Set(present.map(unitKey));
  const presentList = [...presentKeys];
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const name of expected) {
    const key = unitKey(name);
    if (!name.trim() || seen.has(key)) continue;
    seen.add(key);
    if (presentKeys.has(key) || presentList.some((p) => sameUnitKey(p, key))) continue;
    missing.push(name.trim());
  }
  return missing;
}
