import { VI } from '../strings-vi';

/** A Vietnamese sentence for an error shown to the user; unreadable files get their advice. */
export function describeError(e: unknown): string {
  if (e instanceof Error && e.name === 'UnreadableFileError') return VI.unreadable;
  const detail = e instanceof Error ? e.message : String(e);
  return VI.failed(detail);
}
