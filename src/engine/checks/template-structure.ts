import type { Check } from './check-context';

/** TEMPLATE_MISMATCH: STT rows missing or out of order (found by the reader while locating the form). */
export const templateStructure: Check = (ctx) => ctx.reading.structure.filter((f) => f.code === 'TEMPLATE_MISMATCH');
