import { QD131 } from './qd131';
import type { FormDefinition } from './schema';

/** Every form the engine knows; next year's form is one more entry. */
export const FORMS: readonly FormDefinition[] = [QD131];

export function formById(id: string): FormDefinition | undefined {
  return FORMS.find((f) => f.id === id);
}
