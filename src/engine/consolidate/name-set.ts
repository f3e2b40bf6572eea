import { tidyText } from '../text/fold';

/**
 * The key two spellings of one platform name share: any case, NFC or NFD, any spacing.
 * Diacritics themselves still count ("Zalo" and "Zaló" differ).
 * nameKey("K12 Online") === nameKey("k12online") === nameKey("K12  ONLINE")
 */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');

/**
 * Merges lists of names as a set, keeping the first spelling met (tidied).
 * mergeNames([["Zoom", "K12Online"], ["zoom", "VNEdu"]]) -> ["Zoom", "K12Online", "VNEdu"]
 */
export function mergeNames(lists: Iterable<readonly string[]>): string[] {
  const byKey = new Map<string, string>();
  for (const list of lists)
    for (const raw of list) {
      const name = tidyText(raw);
      const key = nameKey(name);
      if (key && !byKey.has(key)) byKey.set(key, name);
    }
  return [...byKey.values()];
}
