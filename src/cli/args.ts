/** A small argument parser whose errors are worded in Vietnamese (misuse exits 2). */
export interface ArgSpec {
  /** Flags without a value: "--json". */
  flags: readonly string[];
  /** Options with a value: "--jobs 2" or "--jobs=2". */
  options: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** parseArgs(["a.xlsx", "--json"], { flags: ["--json"], options: [] }).flags.has("--json") === true */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.flags.includes(name)) {
      if (eq > 0) throw new UsageError(`Tùy chọn ${name} không nhận giá trị.`);
      parsed.flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`Tùy chọn ${name} cần một giá trị.`);
      parsed.options.set(name, value);
    } else {
      throw new UsageError(`Tùy chọn không hợp lệ: ${arg}`);
    }
  }
  return parsed;
}

/** A positive whole number option, e.g. --jobs 2. */
export function positiveIntOption(parsed: ParsedArgs, name: string): number | undefined {
  const raw = parsed.options.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`Tùy chọn ${name} cần một số nguyên dương, nhận được "${raw}".`);
  return n;
}
