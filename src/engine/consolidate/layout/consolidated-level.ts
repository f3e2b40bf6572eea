import type { UnitLevel } from '../../form/schema';
import type { ConsolidatedUnit } from '../types';

/**
 * The level a consolidation reports at: schools sum up to a Phòng, Phòngs (or universities) to a Sở.
 * consolidatedLevel([TH school, MN school]) === 'phong'
 */
export function consolidatedLevel(units: readonly ConsolidatedUnit[]): UnitLevel {
  return units.some((u) => u.level === 'phong' || u.level === 'so' || u.level === 'dh') ? 'so' : 'phong';
}
