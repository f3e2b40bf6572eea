import type { FormDefinition } from '../form/schema';
import type { ItemReading } from '../report';
import { PopulationResolver } from './resolve-population';
import type { Contribution, ConsolidatedUnit } from './types';

/** A counted unit with what aggregation asks of it. */
export interface UnitFacts {
  unit: ConsolidatedUnit;
  populations: PopulationResolver;
}

export const unitFacts = (form: FormDefinition, unit: ConsolidatedUnit): UnitFacts => ({
  unit,
  populations: new PopulationResolver(form, unit.report),
});

/** A contribution stub: which unit, which file, which cell. */
export function contributionOf(facts: UnitFacts, reading: ItemReading): Contribution {
  const c: Contribution = { unit: facts.unit.name, path: facts.unit.path };
  if (reading.cell !== undefined) c.cell = reading.cell;
  return c;
}
