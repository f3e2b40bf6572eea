/**
 * Excel on the web rejects a `context.sync()` whose request is larger than 5 MB
 * ("RequestPayloadSizeLimitExceeded"). Writers estimate what they queue and sync
 * before the estimate would pass the budget, so big writes go in several chunks
 * and small ones in one.
 */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

/** Room left for what the estimate does not see (object paths, ids, JSON framing). */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** A queued command's own weight in the request: action, object path, property name. */
export const COMMAND_BYTES = 160;

/** Size of `value` as JSON, counting non-ASCII characters as "\uXXXX" escapes (the worst case). */
export function estimateBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string': {
      let n = 2;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        n += c < 0x20 || c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : 6;
      }
      return n;
    }
    case 'number':
      return String(value).length;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += estimateBytes(v);
        return n;
      }
      let n = 2;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) n += estimateBytes(k) + 2 + estimateBytes(v);
      return n;
    }
    default:
      return 4;
  }
}

export class PayloadBudget {
  private used = 0;
  /** Syncs this budget made between chunks. */
  chunkSyncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = DEFAULT_PAYLOAD_BUDGET,
  ) {}

  /** Call before queuing a command of about `bytes`: syncs first when it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.chunkSyncs++;
      this.used = 0;
    }
    this.used += bytes;
  }

  /** Bytes queued since the last sync (estimate). */
  get pending(): number {
    return this.used;
  }

  /** The final sync of a write. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.used = 0;
  }
}
