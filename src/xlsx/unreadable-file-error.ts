/** Why a file cannot be read as a workbook; each reason has its own advice (messages.ts). */
export type UnreadableReason = 'password' | 'legacy' | 'empty' | 'corrupt';

/** Thrown by the readers for files that are not readable .xlsx; callers turn it into an UNREADABLE_FILE issue. */
export class UnreadableFileError extends Error {
  readonly reason: UnreadableReason;

  constructor(reason: UnreadableReason, detail?: string) {
    super(`Unreadable workbook (${reason})${detail ? `: ${detail}` : ''}`);
    this.name = 'UnreadableFileError';
    this.reason = reason;
  }
}
