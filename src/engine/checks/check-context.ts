import type { FormDefinition, ItemDefinition, UnitLevel } from '../form/schema';
import type { Finding } from '../issues';
import type { FormIndex } from '../read/form-index';
import type { RawItem, RawReading } from '../read/raw-reading';

/** What every check sees: the form, the raw readings (values with cells) and the unit's level. */
export interface CheckContext {
  form: FormDefinition;
  index: FormIndex;
  reading: RawReading;
  level: UnitLevel | null;
}

/** A check: one rule, pure, returning what it found. */
export type Check = (ctx: CheckContext) => Finding[];

const pairsCache = new WeakMap<RawReading, Array<[RawItem, ItemDefinition]>>();

/** Items read, each with its definition, in form order (computed once per reading). */
export function itemsWithDefinitions(ctx: CheckContext): ReadonlyArray<[RawItem, ItemDefinition]> {
  let pairs = pairsCache.get(ctx.reading);
  if (!pairs) {
    pairs = [];
    for (const item of ctx.reading.items) {
      const def = ctx.index.items.get(item.code);
      if (def) pairs.push([item, def]);
    }
    pairsCache.set(ctx.reading, pairs);
  }
  return pairs;
}

/** The population an item's rate is taken of, when given: on its own line ("168/612"), or on the form. */
export function givenTotal(ctx: CheckContext, item: RawItem, def: ItemDefinition): { value: number; cell: string } | undefined {
  if (item.total) return item.total;
  if (def.population) return ctx.reading.populations[def.population];
  return undefined;
}

/** Whether an item must be filled at this level (any non-optional item when the level is unknown). */
export const isRequired = (def: ItemDefinition, level: UnitLevel | null): boolean =>
  !def.optional && (level === null || def.levels.includes(level));
