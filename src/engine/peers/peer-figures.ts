import { formItems, type FormDefinition } from '../form/schema';
import type { FileReport } from '../report';

/**
 * What a peer comparison looks at in a form: one slot per population (its size, wherever it appears), then one per
 * item that carries a rate. Built once per form.
 */
export interface PeerSlots {
  /** Population ids, slots 0 … populations.length − 1. */
  populations: string[];
  /** Population id -> its slot. */
  sizeSlotOfPopulation: Map<string, number>;
  /** Population slots, then one rate slot per item that carries a rate. */
  width: number;
  /** Sort rank of a place: items in form order, then populations given on the form only. */
  rank: Map<string, number>;
  /** Item code -> the slot of the population it is rated against (−1: none), its rate slot (−1: none) and its rank. */
  ofItem: Map<string, { size: number; rate: number; rank: number }>;
}

const slotsByForm = new WeakMap<FormDefinition, PeerSlots>();

export function peerSlots(form: FormDefinition): PeerSlots {
  let slots = slotsByForm.get(form);
  if (!slots) {
    const items = formItems(form);
    const populations = form.populations.map((p) => p.id);
    const sizeSlotOfPopulation = new Map(populations.map((id, k) => [id, k]));
    const sizeSlotOfItem = new Map<string, number>();
    const rateSlotOfItem = new Map<string, number>();
    const rank = new Map<string, number>();
    let width = populations.length;
    items.forEach((item, k) => {
      rank.set(item.code, k);
      if (item.population) sizeSlotOfItem.set(item.code, sizeSlotOfPopulation.get(item.population)!);
      if (item.kind === 'countRate' || item.kind === 'rate') rateSlotOfItem.set(item.code, width++);
    });
    populations.forEach((id, k) => rank.set(id, items.length + k));
    const ofItem = new Map(
      items.map((item, k) => [item.code, { size: sizeSlotOfItem.get(item.code) ?? -1, rate: rateSlotOfItem.get(item.code) ?? -1, rank: k }]),
    );
    slots = { populations, sizeSlotOfPopulation, width, rank, ofItem };
    slotsByForm.set(form, slots);
  }
  return slots;
}

/** A figure a unit states, compared with the same figure (slot) at its peers. */
export interface PeerFigure {
  slot: number;
  /** Item code, or population id when the size is given on the form only ("Số liệu chung"). */
  item: string;
  rank: number;
  value: number;
  cell?: string;
}

/** One unit's figures: every place a size or a rate appears, and per slot the value that stands for the unit. */
export interface UnitFigures {
  places: PeerFigure[];
  /** Per slot: the size given on the form, else the first item's (form order); the rate. NaN where none. */
  representative: Float64Array;
  /** The slots that have a representative value. */
  present: number[];
}

const usableSize = (v: number | undefined): v is number => v !== undefined && v > 0 && Number.isFinite(v);

/**
 * The figures of one report, in one pass over its items. Values the unit's own check rejects (an error on that item
 * or population) are left out: the unit is already asked to fix them, and a misread value ("1.037" stored as 1,037)
 * must neither be flagged again nor skew its peers' median.
 */
export function unitFigures(report: FileReport, slots: PeerSlots): UnitFigures {
  let rejected: Set<string> | undefined;
  for (const issue of report.issues) if (issue.severity === 'error' && issue.item !== undefined) (rejected ??= new Set()).add(issue.item);

  const representative = new Float64Array(slots.width).fill(NaN);
  const firstRank = new Float64Array(slots.populations.length).fill(Infinity);
  const places: PeerFigure[] = [];
  const present: number[] = [];
  const items = report.items;
  for (const code in items) {
    const of = slots.ofItem.get(code);
    if (!of) continue;
    const r = items[code]!;
    if (r.notApplicable || (rejected !== undefined && rejected.has(code))) continue;
    const { size: sizeSlot, rate: rateSlot, rank } = of;
    if (sizeSlot >= 0 && usableSize(r.population)) {
      places.push(place(sizeSlot, code, rank, r.population, r.cell));
      if (rank < firstRank[sizeSlot]!) {
        if (firstRank[sizeSlot] === Infinity) present.push(sizeSlot);
        firstRank[sizeSlot] = rank;
        representative[sizeSlot] = r.population;
      }
    }
    if (rateSlot >= 0 && r.rate !== undefined && Number.isFinite(r.rate)) {
      places.push(place(rateSlot, code, rank, r.rate, r.cell));
      if (Number.isNaN(representative[rateSlot]!)) present.push(rateSlot);
      representative[rateSlot] = r.rate;
    }
  }
  for (const id in report.populations) {
    const slot = slots.sizeSlotOfPopulation.get(id);
    const v = report.populations[id];
    if (slot === undefined || !usableSize(v) || rejected?.has(id)) continue;
    // Given on the form: it stands for the unit; it is a place of its own only where no item carries it.
    if (firstRank[slot] === Infinity) places.push(place(slot, id, slots.rank.get(id) ?? Number.MAX_SAFE_INTEGER, v, undefined));
    if (Number.isNaN(representative[slot]!)) present.push(slot);
    representative[slot] = v;
  }
  return { places, representative, present };
}

function place(slot: number, item: string, rank: number, value: number, cell: string | undefined): PeerFigure {
  const p: PeerFigure = { slot, item, rank, value };
  if (cell !== undefined) p.cell = cell;
  return p;
}
