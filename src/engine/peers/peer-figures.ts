import { formItems, type FormDefinition } from '../form/schema';
import type { UnitLevel } from '../form/schema';
import type { FileReport } from '../report';

/** A figure a unit states that can be compared with the same figure at its peers. */
export interface PeerFigure {
  /** Item code, or population id when the size is given on the form only ("Số liệu chung"). */
  item: string;
  cell?: string;
  value: number;
}

/** One population's size as a unit states it: every place it appears, in form order, and the size that stands for the unit. */
export interface PopulationSizes {
  population: string;
  /** The unit's size for its peers' median: given on the form, else the first item's. */
  representative: number;
  places: PeerFigure[];
}

/** What one unit's report offers to the comparison with its peers. */
export interface UnitFigures {
  level: UnitLevel;
  sizes: PopulationSizes[];
  /** Rates as written, by item code. */
  rates: Map<string, PeerFigure>;
}

interface FormShape {
  /** Item codes rated against each population, in form order. */
  itemsOf: Map<string, string[]>;
  populations: string[];
  /** Item codes in form order. */
  items: string[];
}

const shapes = new WeakMap<FormDefinition, FormShape>();

function shapeOf(form: FormDefinition): FormShape {
  let shape = shapes.get(form);
  if (!shape) {
    const itemsOf = new Map<string, string[]>();
    for (const item of formItems(form)) if (item.population) itemsOf.set(item.population, [...(itemsOf.get(item.population) ?? []), item.code]);
    shape = { itemsOf, populations: form.populations.map((p) => p.id), items: formItems(form).map((i) => i.code) };
    shapes.set(form, shape);
  }
  return shape;
}

const usable = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/**
 * The figures of one report a peer comparison looks at: population sizes (given or implied, each place they appear)
 * and rates. Values the unit's own check already rejects (an error on that item or population) are left out:
 * the unit is already asked to fix them, and a misread value must not skew its peers' median.
 * Null when the unit's level is unknown or the file is not the form.
 */
export function unitFigures(report: FileReport, form: FormDefinition): UnitFigures | null {
  if (report.level === null || report.template === null) return null;
  const shape = shapeOf(form);
  const rejected = new Set<string>();
  for (const issue of report.issues) if (issue.severity === 'error' && issue.item !== undefined) rejected.add(issue.item);

  const sizes: PopulationSizes[] = [];
  for (const population of shape.populations) {
    const places: PeerFigure[] = [];
    for (const code of shape.itemsOf.get(population) ?? []) {
      const reading = report.items[code];
      if (!reading || reading.notApplicable || rejected.has(code) || !usable(reading.population) || reading.population <= 0) continue;
      places.push({ item: code, ...(reading.cell !== undefined ? { cell: reading.cell } : {}), value: reading.population });
    }
    const given = rejected.has(population) ? undefined : report.populations[population];
    const givenUsable = usable(given) && given > 0;
    if (places.length === 0 && givenUsable) places.push({ item: population, value: given });
    if (places.length > 0) sizes.push({ population, representative: givenUsable ? given : places[0]!.value, places });
  }

  const rates = new Map<string, PeerFigure>();
  for (const code of shape.items) {
    const reading = report.items[code];
    if (!reading || reading.notApplicable || rejected.has(code) || !usable(reading.rate)) continue;
    rates.set(code, { item: code, ...(reading.cell !== undefined ? { cell: reading.cell } : {}), value: reading.rate });
  }
  return { level: report.level, sizes, rates };
}

/** Where a finding sorts within a unit: items in form order, then populations given on the form only. */
export function placeOrder(form: FormDefinition): (item: string) => number {
  const shape = shapeOf(form);
  const order = new Map<string, number>();
  shape.items.forEach((code, i) => order.set(code, i));
  shape.populations.forEach((id, i) => order.set(id, shape.items.length + i));
  return (item) => order.get(item) ?? Number.MAX_SAFE_INTEGER;
}
