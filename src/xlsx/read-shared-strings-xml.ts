import { runsText } from './xml-text';

/** The shared string table: rich text runs concatenated, entities and _xHHHH_ escapes decoded. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) strings.push(m[1] === undefined ? '' : runsText(m[1]));
  return strings;
}
