import { formItems, type FormDefinition, type PopulationDefinition } from '../form/schema';
import type { FileReport } from '../report';

/**
 * A unit's size of one population, told from its report alone:
 * 1. given on the form ("Số liệu chung");
 * 2. carried by an item rated against it (given there, else implied by count ÷ rate);
 * 3. the sum of its parts (`sumOf`), parts the unit's level is not asked for counting 0;
 * 4. the whole it is a part of, when the whole's other parts do not apply at the unit's level
 *    (a primary school's pupils are all primary pupils);
 * 5. 0 when the form does not ask the unit's level for it (a kindergarten has no primary pupils).
 * resolvePopulation(form, report, 'hoc_sinh_th') === 320 for a TH school whose 2.1 reads "300, đạt tỉ lệ: 93,75%".
 */
export function resolvePopulation(form: FormDefinition, report: FileReport, id: string): number | undefined {
  return new PopulationResolver(form, report).resolve(id);
}

interface FormPopulations {
  byId: Map<string, PopulationDefinition>;
  /** Item codes rated against each population, in form order. */
  itemsOf: Map<string, string[]>;
}

const indexes = new WeakMap<FormDefinition, FormPopulations>();

/** Built once per form: resolving runs for every unit and population. */
function indexOf(form: FormDefinition): FormPopulations {
  let index = indexes.get(form);
  if (!index) {
    const itemsOf = new Map<string, string[]>();
    for (const item of formItems(form)) if (item.population) itemsOf.set(item.population, [...(itemsOf.get(item.population) ?? []), item.code]);
    index = { byId: new Map(form.populations.map((p) => [p.id, p])), itemsOf };
    indexes.set(form, index);
  }
  return index;
}

export class PopulationResolver {
  private readonly byId: Map<string, PopulationDefinition>;
  private readonly itemsOf: Map<string, string[]>;
  private readonly cache = new Map<string, number | undefined>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly form: FormDefinition,
    private readonly report: FileReport,
  ) {
    ({ byId: this.byId, itemsOf: this.itemsOf } = indexOf(form));
  }

  resolve(id: string): number | undefined {
    if (this.cache.has(id)) return this.cache.get(id);
    if (this.visiting.has(id)) return undefined;
    this.visiting.add(id);
    const value = this.compute(id);
    this.visiting.delete(id);
    this.cache.set(id, value);
    return value;
  }

  /** A size the unit's figures state or imply; unlike `resolve`, never the 0 of a population its level is not asked for. */
  resolveStated(id: string): number | undefined {
    const v = this.resolve(id);
    return v === 0 && !this.appliesToUnit(id) ? undefined : v;
  }

  /** False when the unit's level is known and the form does not ask it for this population. */
  appliesToUnit(id: string): boolean {
    const level = this.report.level;
    const p = this.byId.get(id);
    return !level || !p || p.levels.includes(level);
  }

  private compute(id: string): number | undefined {
    const given = this.report.populations[id];
    if (given !== undefined) return given;
    const fromItems = this.fromItems(id);
    if (fromItems !== undefined) return fromItems;
    const p = this.byId.get(id);
    if (p?.sumOf) {
      let sum = 0;
      for (const part of p.sumOf) {
        const v = this.resolve(part);
        if (v === undefined) {
          sum = NaN;
          break;
        }
        sum += v;
      }
      if (!Number.isNaN(sum)) return sum;
    }
    // A population the unit's level is not asked for is none of its people.
    return this.fromWhole(id) ?? (this.appliesToUnit(id) ? undefined : 0);
  }

  /**
   * The population an item rated against it carries; a given one beats an implied one, and among implied ones
   * the highest rate's, the most precise (45 at "100%" is exactly 45; 857 at "96,6%" is 887 ± 0,5).
   */
  private fromItems(id: string): number | undefined {
    let implied: { population: number; rate: number } | undefined;
    for (const code of this.itemsOf.get(id) ?? []) {
      const r = this.report.items[code];
      if (r?.population === undefined) continue;
      if (!r.populationImplied) return r.population;
      const rate = r.rate ?? 0;
      if (!implied || rate > implied.rate) implied = { population: Math.round(r.population), rate };
    }
    return implied?.population;
  }

  private fromWhole(id: string): number | undefined {
    if (!this.report.level) return undefined;
    for (const whole of this.form.populations) {
      if (!whole.sumOf?.includes(id)) continue;
      const others = whole.sumOf.filter((part) => part !== id);
      if (others.some((part) => this.appliesToUnit(part))) continue;
      const v = this.resolve(whole.id);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}
