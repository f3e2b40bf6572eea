import { parseRangeAddress } from './a1-ranges';
import { FILL_PROPS_1_7, FILL_PROPS_1_9, isOurPaint, paintFill, readFill, restoreFill } from './fill-state';
import { COMMENT_MARK, FLAG_COLORS, commentText, flagKey, type FlagTarget } from './flag-targets';
import { FLAG_MEMORY_KEY, emptyMemory, parseMemory, serializeMemory, type FlagRecord } from './flag-memory';
import { a1 } from '../../engine/grid';
import type { ApiSupport } from './requirements';
import { relockSheets, unlockSheets } from './sheet-unlock';
import { COMMAND_BYTES, DEFAULT_PAYLOAD_BUDGET, PayloadBudget, estimateBytes } from './payload-budget';

export interface FlagResult {
  /** Cells painted now. */
  painted: number;
  /** Cells whose previous fill was put back. */
  restored: number;
  /** Sheets left unpainted because they are protected with a password. */
  lockedSheets: string[];
}

/**
 * Replaces Bieu's flags in the workbook with `targets` (none: clear).
 *
 * Three syncs whatever the number of flags:
 *  1. what Bieu painted last time (workbook settings), the sheets, the comments;
 *  2. the current fill of every cell involved, where the user's own comments sit;
 *  3. put back the old fills, paint the new ones, comments, remember.
 * (+1 when a flagged sheet is protected without a password, +2 when one has a password;
 * and, like every write, one more per chunk when tens of thousands of flags would pass the 5 MB request limit.)
 *
 * A cell whose fill the user changed since Bieu painted it is left alone.
 * A cell flagged again keeps its original "before" fill, not Bieu's own paint.
 */
export async function applyFlags(
  context: Excel.RequestContext,
  targets: readonly FlagTarget[],
  support: Pick<ApiSupport, 'comments' | 'fillPattern'>,
  payloadBudget = DEFAULT_PAYLOAD_BUDGET,
): Promise<FlagResult> {
  const stored = context.workbook.settings.getItemOrNullObject(FLAG_MEMORY_KEY).load('value');
  const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected,items/protection/options');
  const comments = support.comments ? context.workbook.comments.load('items/id,items/content') : undefined;
  await context.sync();

  const memory = stored.isNullObject ? emptyMemory() : parseMemory(stored.value);
  const sheetByName = new Map(worksheets.items.map((ws) => [ws.name, ws]));
  const old = memory.flags.filter((f) => sheetByName.has(f.sheet));
  const fresh = targets.filter((t) => sheetByName.has(t.sheet));
  const commentItems = comments?.items ?? [];
  if (old.length === 0 && fresh.length === 0 && !commentItems.some((c) => c.content.startsWith(COMMENT_MARK))) {
    if (!stored.isNullObject) {
      context.workbook.settings.getItem(FLAG_MEMORY_KEY).delete();
      await context.sync();
    }
    return { painted: 0, restored: 0, lockedSheets: [] };
  }

  const involved = [...new Set([...old.map((f) => f.sheet), ...fresh.map((t) => t.sheet)])];
  const { unlocked, locked } = await unlockSheets(
    context,
    involved.map((name) => sheetByName.get(name)!),
  );

  const fillProps = support.fillPattern ? FILL_PROPS_1_9 : FILL_PROPS_1_7;
  const fills = new Map<string, Excel.RangeFill>();
  for (const { sheet, cell } of [...old, ...fresh]) {
    const key = flagKey(sheet, cell);
    if (locked.has(sheet) || fills.has(key)) continue;
    fills.set(key, sheetByName.get(sheet)!.getRange(cell).format.fill.load(fillProps));
  }
  const locations = commentItems.map((c) => c.getLocation().load('address'));
  await context.sync();

  try {
    const budget = new PayloadBudget(context, payloadBudget);
    await budget.reserve(COMMAND_BYTES * (2 * unlocked.length + commentItems.length));
    const commentAt = new Map<string, { ours: boolean; comment: Excel.Comment }>();
    commentItems.forEach((comment, i) => {
      const at = parseRangeAddress(locations[i]!.address);
      if (!at?.sheet) return;
      commentAt.set(flagKey(at.sheet, a1(at.range.top, at.range.left)), { ours: comment.content.startsWith(COMMENT_MARK), comment });
    });
    // Bieu's old comments go, except on sheets that stay locked.
    for (const [key, { ours, comment }] of commentAt) {
      if (ours && !locked.has(key.split('\u0000')[0]!)) comment.delete();
    }

    const freshKeys = new Set(fresh.map((t) => flagKey(t.sheet, t.cell)));
    const oldByKey = new Map(old.map((f) => [flagKey(f.sheet, f.cell), f]));
    const kept: FlagRecord[] = old.filter((f) => locked.has(f.sheet)); // try again next time
    let restored = 0;
    for (const f of old) {
      const key = flagKey(f.sheet, f.cell);
      if (locked.has(f.sheet) || freshKeys.has(key)) continue;
      const fill = fills.get(key)!;
      await budget.reserve(4 * COMMAND_BYTES);
      if (isOurPaint(readFill(fill, support.fillPattern), f.painted)) {
        restoreFill(fill, f.before);
        restored++;
      }
    }

    const records: FlagRecord[] = [];
    for (const t of fresh) {
      if (locked.has(t.sheet)) continue;
      const text = commentText(t);
      await budget.reserve(4 * COMMAND_BYTES + estimateBytes(text));
      const key = flagKey(t.sheet, t.cell);
      const fill = fills.get(key)!;
      const current = readFill(fill, support.fillPattern);
      const previous = oldByKey.get(key);
      const before = previous && isOurPaint(current, previous.painted) ? previous.before : current;
      const painted = FLAG_COLORS[t.severity];
      paintFill(fill, painted, support.fillPattern);
      const existing = commentAt.get(key);
      const canComment = support.comments && comments !== undefined && (!existing || existing.ours);
      if (canComment) comments.add(sheetByName.get(t.sheet)!.getRange(t.cell), text);
      records.push({ sheet: t.sheet, cell: t.cell, before, painted, comment: canComment });
    }

    const remembered = [...kept, ...records];
    await budget.reserve(COMMAND_BYTES + 200 * remembered.length);
    if (remembered.length > 0) context.workbook.settings.add(FLAG_MEMORY_KEY, serializeMemory({ version: 1, flags: remembered }));
    else if (!stored.isNullObject) context.workbook.settings.getItem(FLAG_MEMORY_KEY).delete();
    relockSheets(unlocked);
    await context.sync();
    return { painted: records.length, restored, lockedSheets: [...locked] };
  } catch (error) {
    if (unlocked.length > 0) {
      relockSheets(unlocked);
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}
