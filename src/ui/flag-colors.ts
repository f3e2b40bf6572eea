import type { Severity } from '../engine/issues';

/** Fill colours of flagged cells (RGB hex), as Excel's own "bad" and "neutral" styles. */
export const FLAG_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C' };
/** Text colours that read well on those fills. */
export const FLAG_TEXT: Record<Severity, string> = { error: '9C0006', warning: '9C5700' };
