/**
 * A small fake of the Excel JavaScript API object model, faithful where it matters for the host:
 * - commands are queued and run in order at `context.sync()`; loads snapshot a property when
 *   their turn comes, and reading a property that was not loaded and synced throws, as Office.js does;
 * - a command that fails stops the batch and rejects the sync (later commands are dropped);
 * - `context.sync()` calls are counted, and each request's size is measured (JSON bytes of what
 *   was written); a request above 5 MB is rejected like Excel on the web does.
 * office-addin-mock cannot do the first two (no deferred loads, no ordering), hence this fake.
 */
import { a1, cellAddress, parseA1, type CellRange } from '../../src/engine/grid';

export const WEB_LIMIT = 5 * 1024 * 1024;

export interface FillState {
  pattern: string;
  color: string;
  patternColor: string;
}
export const NO_FILL: FillState = { pattern: 'None', color: '#FFFFFF', patternColor: '#000000' };

export interface CellState {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: FillState;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders: Record<string, string>;
  locked: boolean;
  validation?: { rule?: unknown; ignoreBlanks?: boolean; errorAlert?: unknown; prompt?: unknown };
}

const newCell = (): CellState => ({ value: '', numberFormat: 'General', fill: { ...NO_FILL }, font: {}, borders: {}, locked: true });

export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, CellState>;
  merges: CellRange[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; cols: number };
  page: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string };
  protection: { protected: boolean; options: Record<string, unknown>; password?: string };
  names: Map<string, { name: string; cell: string }>;
  notes: Map<string, string>;
}

export interface CommentState {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  names = new Map<string, { name: string; sheet: string; cell: string }>();
  settings = new Map<string, unknown>();
  comments: CommentState[] = [];
  active?: string;
  selection?: string;
  createdWorkbooks: string[] = [];
  private nextId = 1;

  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `sheet ${name} exists`);
    const sheet: SheetState = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      page: {},
      protection: { protected: false, options: {} },
      names: new Map(),
      notes: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  cell(sheet: string, ref: string): CellState {
    const s = this.sheet(sheet)!;
    const p = parseA1(ref)!;
    return cellOf(s, p.row, p.col);
  }
  newCommentId(): string {
    return `c${this.nextId++}`;
  }
}

const cellOf = (s: SheetState, row: number, col: number): CellState => {
  const key = `${row},${col}`;
  let c = s.cells.get(key);
  if (!c) s.cells.set(key, (c = newCell()));
  return c;
};

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** UTF-8 length, in Node (Buffer) and in a browser (the e2e office stub bundles this fake). */
const utf8Length = (s: string): number => (typeof Buffer !== 'undefined' ? Buffer.byteLength(s) : new TextEncoder().encode(s).length);
const bytesOf = (v: unknown): number => utf8Length(JSON.stringify(v ?? null)) + 40;
const base64Text = (b64: string): string =>
  typeof Buffer !== 'undefined' ? Buffer.from(b64, 'base64').toString('utf8') : new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

/** One Excel.run's request context. */
export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Array<() => void> = [];
  private queuedBytes = 0;
  constructor(
    readonly state: WorkbookState,
    readonly stats: SyncStats,
    readonly limit = WEB_LIMIT,
  ) {
    this.workbook = new FakeWorkbook(this);
  }
  write(bytes: number, fn: () => void): void {
    this.stats.commands++;
    this.queuedBytes += bytes;
    this.queue.push(fn);
  }
  read(fn: () => void): void {
    this.queuedBytes += 40;
    this.queue.push(fn);
  }
  private responseBytes = 0;
  /** A loaded value travels back in the response. */
  respond(value: unknown): void {
    this.responseBytes += bytesOf(value);
  }
  get pendingCommands(): number {
    return this.queue.length;
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    const queue = this.queue;
    const bytes = this.queuedBytes;
    this.queue = [];
    this.queuedBytes = 0;
    this.stats.requestBytes.push(bytes);
    if (bytes > this.limit) throw new FakeError('RequestPayloadSizeLimitExceeded', `${bytes} bytes`);
    this.responseBytes = 0;
    for (const fn of queue) fn();
    this.stats.responseBytes.push(this.responseBytes);
    if (this.responseBytes > this.limit) throw new FakeError('ResponsePayloadSizeLimitExceeded', `${this.responseBytes} bytes`);
  }
}

export interface SyncStats {
  syncs: number;
  commands: number;
  requestBytes: number[];
  responseBytes: number[];
}

/** Base of every proxy: `load` queues snapshots; unloaded properties throw. */
class Proxy {
  protected loadedProps = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}
  /** Reads a property's current value (at execution time). */
  protected snapshot(_prop: string): unknown {
    return undefined;
  }
  /** Navigation properties that `load('nav/prop')` reaches into. */
  protected nav(_prop: string): Proxy | undefined {
    return undefined;
  }
  load(spec?: string | string[]): this {
    const props = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(',');
    const own: string[] = [];
    const deeper = new Map<string, string[]>();
    for (const raw of props) {
      const p = raw.trim();
      if (!p) continue;
      const slash = p.indexOf('/');
      if (slash < 0) own.push(p);
      else {
        const head = p.slice(0, slash);
        deeper.set(head, [...(deeper.get(head) ?? []), p.slice(slash + 1)]);
      }
    }
    this.queueLoad(own, deeper);
    return this;
  }
  protected queueLoad(own: string[], deeper: Map<string, string[]>): void {
    this.context.read(() => {
      for (const p of own) {
        const value = structuredClone(this.snapshot(p));
        this.context.respond(value);
        this.loadedProps.set(p, value);
      }
    });
    for (const [head, rest] of deeper) this.nav(head)?.load(rest);
  }
  protected loaded<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) throw new FakeError('PropertyNotLoaded', prop);
    return this.loadedProps.get(prop) as T;
  }
}

/** Objects from *OrNullObject methods. */
class NullableProxy extends Proxy {
  private nullState: boolean | undefined;
  protected watchNull(isNull: () => boolean): void {
    this.context.read(() => {
      this.nullState = isNull();
    });
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeError('PropertyNotLoaded', 'isNullObject');
    return this.nullState;
  }
}

class FakeWorkbook extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  readonly settings: FakeSettingCollection;
  readonly comments: FakeCommentCollection;
  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNameCollection(context, undefined);
    this.settings = new FakeSettingCollection(context);
    this.comments = new FakeCommentCollection(context);
  }
  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.context.write(bytesOf(base64) + bytesOf(options), () => {
      // The fake "file" is JSON: { sheets: [names] }.
      const wanted = (JSON.parse(base64Text(base64)) as { sheets: string[] }).sheets;
      result.set(
        wanted.map((name) => {
          let unique = name;
          for (let n = 2; this.context.state.sheet(unique); n++) unique = `${name} (${n})`;
          return this.context.state.addSheet(unique).id;
        }),
      );
    });
    return result;
  }
}

export class FakeClientResult<T> {
  private v: T | undefined;
  private ready = false;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new FakeError('PropertyNotLoaded', 'value');
    return this.v as T;
  }
}

class FakeWorksheetCollection extends Proxy {
  private loadedItems: FakeWorksheet[] | undefined;
  protected override queueLoad(own: string[], deeper: Map<string, string[]>): void {
    const itemProps = deeper.get('items') ?? [];
    this.context.read(() => {
      this.loadedItems = this.context.state.sheets.map((s) => new FakeWorksheet(this.context, () => s));
    });
    // Item loads must run after the list is known: queue them as one read that loads each.
    this.context.read(() => {
      for (const item of this.loadedItems!) item.loadNow(itemProps);
    });
    void own;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeError('PropertyNotLoaded', 'items');
    return this.loadedItems;
  }
  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    const ws = new FakeWorksheet(this.context, () => created ?? this.context.state.sheet(name)!);
    this.context.write(bytesOf(name), () => {
      created = this.context.state.addSheet(name);
    });
    return ws;
  }
  getItem(nameOrId: string): FakeWorksheet {
    const s = this.context.state.sheets.find((x) => x.id === nameOrId) ?? this.context.state.sheet(nameOrId);
    if (!s) throw new FakeError('ItemNotFound', nameOrId);
    return new FakeWorksheet(this.context, () => s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.context.state.sheet(name)!);
    ws.watch(() => !this.context.state.sheet(name));
    return ws;
  }
}

class FakeWorksheet extends NullableProxy {
  readonly protection: FakeProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly names: FakeNameCollection;
  readonly notes: { add: (range: FakeRange, content: string) => void };
  constructor(
    context: FakeContext,
    readonly sheet: () => SheetState,
  ) {
    super(context);
    this.protection = new FakeProtection(context, sheet);
    this.freezePanes = new FakeFreezePanes(context, sheet);
    this.pageLayout = new FakePageLayout(context, sheet);
    this.names = new FakeNameCollection(context, sheet);
    this.notes = {
      add: (range, content) =>
        context.write(bytesOf(content), () => {
          this.guardProtected();
          sheet().notes.set(a1(range.rect.top, range.rect.left), content);
        }),
    };
  }
  watch(isNull: () => boolean): void {
    this.watchNull(isNull);
  }
  loadNow(props: string[]): void {
    for (const p of props) {
      const [head, rest] = p.split('/');
      if (head === 'protection' && rest) this.protection.setLoaded(rest, this.protection.read(rest));
      else this.loadedProps.set(p, this.snapshot(p));
    }
  }
  protected override snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    return undefined;
  }
  protected override nav(prop: string): Proxy | undefined {
    return prop === 'protection' ? this.protection : undefined;
  }
  get name(): string {
    return this.loaded('name');
  }
  guardProtected(): void {
    if (this.sheet().protection.protected) throw new FakeError('AccessDenied', `sheet ${this.sheet().name} is protected`);
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.context, this, { top: 0, left: 0, bottom: 1048575, right: 16383 });
    return new FakeRange(this.context, this, parseRect(address));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.context, this, () => usedRect(this.sheet(), valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 });
    range.watch(() => usedRect(this.sheet(), valuesOnly ?? false) === undefined);
    return range;
  }
  activate(): void {
    this.context.write(40, () => {
      this.context.state.active = this.sheet().name;
    });
  }
}

function usedRect(s: SheetState, valuesOnly: boolean): CellRange | undefined {
  let r: CellRange | undefined;
  for (const [key, c] of s.cells) {
    if (valuesOnly && c.value === '' && c.formula === undefined) continue;
    const [row, col] = key.split(',').map(Number) as [number, number];
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, col);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

function parseRect(address: string): CellRange {
  const a = address.replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (cols) {
    const left = parseA1(`${cols[1]}1`)!.col;
    const right = parseA1(`${cols[2]}1`)!.col;
    return { top: 0, left, bottom: 1048575, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 };
  const [from, to = from] = a.split(':');
  const p = parseA1(from!);
  const q = parseA1(to!);
  if (!p || !q) throw new FakeError('InvalidArgument', `address ${address}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

const rectA1 = (r: CellRange): string => (r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`);

class FakeProtection extends Proxy {
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }
  read(prop: string): unknown {
    const p = this.sheet().protection;
    return prop === 'protected' ? p.protected : prop === 'options' ? { ...p.options } : undefined;
  }
  setLoaded(prop: string, v: unknown): void {
    this.loadedProps.set(prop, v);
  }
  protected override snapshot(prop: string): unknown {
    return this.read(prop);
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
  get options(): Record<string, unknown> {
    return this.loaded('options');
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.write(bytesOf(options), () => {
      const p = this.sheet().protection;
      if (p.protected) throw new FakeError('InvalidOperation', 'already protected');
      p.protected = true;
      p.options = { ...(options ?? {}) };
      if (password !== undefined) p.password = password;
    });
  }
  unprotect(password?: string): void {
    this.context.write(40, () => {
      const p = this.sheet().protection;
      if (p.password !== undefined && p.password !== password) throw new FakeError('InvalidArgument', 'wrong password');
      p.protected = false;
      delete p.password;
    });
  }
}

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  freezeRows(rows: number): void {
    this.context.write(40, () => (this.sheet().freeze = { rows, cols: 0 }));
  }
  freezeColumns(cols: number): void {
    this.context.write(40, () => (this.sheet().freeze = { rows: 0, cols }));
  }
  freezeAt(range: FakeRange): void {
    this.context.write(40, () => {
      const r = range.rect;
      this.sheet().freeze = { rows: r.bottom + 1, cols: r.right + 1 };
    });
  }
}

class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {}
  set orientation(v: string) {
    this.context.write(bytesOf(v), () => (this.sheet().page.orientation = v));
  }
  set paperSize(v: string) {
    this.context.write(bytesOf(v), () => (this.sheet().page.paperSize = v));
  }
  set zoom(v: unknown) {
    this.context.write(bytesOf(v), () => (this.sheet().page.zoom = v));
  }
  setPrintTitleRows(rows: string): void {
    this.context.write(bytesOf(rows), () => (this.sheet().page.printTitleRows = rows));
  }
}

class FakeRange extends NullableProxy {
  private readonly rectOf: () => CellRange;
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    rect: CellRange | (() => CellRange),
  ) {
    super(context);
    this.rectOf = typeof rect === 'function' ? rect : () => rect;
  }
  get rect(): CellRange {
    return this.rectOf();
  }
  watch(isNull: () => boolean): void {
    this.watchNull(isNull);
  }
  private forEach(fn: (c: CellState, i: number, j: number) => void): void {
    const r = this.rect;
    const s = this.worksheet.sheet();
    for (let i = 0; i <= r.bottom - r.top; i++) for (let j = 0; j <= r.right - r.left; j++) fn(cellOf(s, r.top + i, r.left + j), i, j);
  }
  private grid<T>(fn: (c: CellState) => T): T[][] {
    const r = this.rect;
    const s = this.worksheet.sheet();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(s.cells.get(`${row},${col}`) ?? newCell()));
      out.push(line);
    }
    return out;
  }
  protected override snapshot(prop: string): unknown {
    switch (prop) {
      case 'address':
        return `${cellAddress(this.worksheet.sheet().name, 0, 0).split('!')[0]}!${rectA1(this.rect)}`;
      case 'values':
        return this.grid((c) => c.value);
      case 'numberFormat':
        return this.grid((c) => c.numberFormat);
      case 'formulas':
        return this.grid((c) => c.formula ?? c.value);
      case 'rowCount':
        return this.rect.bottom - this.rect.top + 1;
      case 'columnCount':
        return this.rect.right - this.rect.left + 1;
      default:
        return undefined;
    }
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(v: unknown[][]) {
    this.formulas = v;
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.context.write(bytesOf(v), () => {
      this.checkShape(v);
      this.worksheet.guardProtected();
      this.forEach((c, i, j) => (c.numberFormat = String(v[i]![j])));
    });
  }
  set formulas(v: unknown[][]) {
    this.context.write(bytesOf(v), () => {
      this.checkShape(v);
      this.worksheet.guardProtected();
      this.forEach((c, i, j) => {
        const x = v[i]![j];
        delete c.formula;
        if (typeof x === 'string' && x.startsWith('=')) {
          c.formula = x;
          c.value = '';
        } else if (typeof x === 'string' && x.startsWith("'")) c.value = x.slice(1);
        else c.value = x as string | number | boolean;
      });
    });
  }
  private checkShape(v: unknown[][]): void {
    const r = this.rect;
    if (!Array.isArray(v) || v.length !== r.bottom - r.top + 1 || v.some((row) => row.length !== r.right - r.left + 1)) {
      throw new FakeError('InvalidArgument', 'array does not match the range');
    }
  }
  set columnHidden(v: boolean) {
    this.context.write(40, () => {
      for (let c = this.rect.left; c <= this.rect.right; c++) if (v) this.worksheet.sheet().hiddenColumns.add(c);
    });
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this);
  }
  apply(fn: (c: CellState) => void): void {
    this.worksheet.guardProtected();
    this.forEach(fn);
  }
  merge(across?: boolean): void {
    this.context.write(40, () => {
      if (across) throw new Error('not used');
      this.worksheet.sheet().merges.push({ ...this.rect });
    });
  }
  select(): void {
    this.context.write(40, () => {
      this.context.state.selection = `${this.worksheet.sheet().name}!${rectA1(this.rect)}`;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }
}

class FakeRangeAreas extends NullableProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
    this.watchNull(() => this.areas().length === 0);
  }
  private areas(): CellRange[] {
    const r = this.range.rect;
    return this.range.worksheet.sheet().merges.filter((m) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right);
  }
  protected override snapshot(prop: string): unknown {
    if (prop !== 'address') return undefined;
    const prefix = cellAddress(this.range.worksheet.sheet().name, 0, 0).split('!')[0];
    return this.areas()
      .map((m) => `${prefix}!${rectA1(m)}`)
      .join(', ');
  }
  get address(): string {
    return this.loaded('address');
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeFont;
  readonly protection: { locked: boolean };
  readonly borders: { getItem: (edge: string) => { style: string } };
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    this.fill = new FakeRangeFill(context, range);
    this.font = new FakeFont(context, range);
    const set = (bytes: number, fn: (c: CellState) => void) => context.write(bytes, () => range.apply(fn));
    this.protection = {
      set locked(v: boolean) {
        set(40, (c) => (c.locked = v));
      },
      get locked(): boolean {
        throw new FakeError('PropertyNotLoaded', 'locked');
      },
    };
    this.borders = {
      getItem: (edge: string) => ({
        set style(v: string) {
          set(40, (c) => (c.borders[edge] = v));
        },
        get style(): string {
          throw new FakeError('PropertyNotLoaded', 'style');
        },
      }),
    };
  }
  private set(bytes: number, fn: (c: CellState) => void): void {
    this.context.write(bytes, () => this.range.apply(fn));
  }
  set horizontalAlignment(v: string) {
    this.set(bytesOf(v), (c) => (c.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.set(bytesOf(v), (c) => (c.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.set(40, (c) => (c.wrap = v));
  }
  set columnWidth(v: number) {
    this.context.write(40, () => {
      for (let c = this.range.rect.left; c <= this.range.rect.right; c++) this.range.worksheet.sheet().columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.context.write(40, () => {
      for (let r = this.range.rect.top; r <= this.range.rect.bottom; r++) this.range.worksheet.sheet().rowHeights.set(r, v);
    });
  }
}

class FakeRangeFill extends Proxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected override snapshot(prop: string): unknown {
    const r = this.range.rect;
    const c = this.range.worksheet.sheet().cells.get(`${r.top},${r.left}`) ?? newCell();
    if (prop === 'color') return c.fill.color;
    if (prop === 'pattern') return c.fill.pattern;
    if (prop === 'patternColor') return c.fill.patternColor;
    return undefined;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(v: string) {
    this.context.write(bytesOf(v), () =>
      this.range.apply((c) => {
        c.fill = { ...c.fill, color: v.toUpperCase(), pattern: c.fill.pattern === 'None' ? 'Solid' : c.fill.pattern };
      }),
    );
  }
  get pattern(): string {
    return this.loaded('pattern');
  }
  set pattern(v: string) {
    this.context.write(bytesOf(v), () => this.range.apply((c) => (c.fill = { ...c.fill, pattern: v })));
  }
  get patternColor(): string {
    return this.loaded('patternColor');
  }
  set patternColor(v: string) {
    this.context.write(bytesOf(v), () => this.range.apply((c) => (c.fill = { ...c.fill, patternColor: v.toUpperCase() })));
  }
  clear(): void {
    this.context.write(40, () => this.range.apply((c) => (c.fill = { ...NO_FILL })));
  }
}

class FakeFont {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private set<K extends keyof CellState['font']>(k: K, v: CellState['font'][K]): void {
    this.context.write(bytesOf(v), () => this.range.apply((c) => (c.font[k] = v)));
  }
  set name(v: string) {
    this.set('name', v);
  }
  set size(v: number) {
    this.set('size', v);
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  set color(v: string) {
    this.set('color', v);
  }
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private set(k: keyof NonNullable<CellState['validation']>, v: unknown): void {
    this.context.write(bytesOf(v), () => this.range.apply((c) => (c.validation = { ...c.validation, [k]: v })));
  }
  set rule(v: unknown) {
    this.set('rule', v);
  }
  set ignoreBlanks(v: boolean) {
    this.set('ignoreBlanks', v);
  }
  set errorAlert(v: unknown) {
    this.set('errorAlert', v);
  }
  set prompt(v: unknown) {
    this.set('prompt', v);
  }
}

class FakeNameCollection extends Proxy {
  private loadedItems: Array<{ name: string; type: string; value: string }> | undefined;
  constructor(
    context: FakeContext,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(context);
  }
  protected override queueLoad(): void {
    this.context.read(() => {
      const state = this.context.state;
      this.loadedItems = [...state.names.values()].map((n) => ({
        name: n.name,
        type: 'Range',
        value: `${cellAddress(n.sheet, 0, 0).split('!')[0]}!$${n.cell.replace(/(\d+)/, '$$$1')}`,
      }));
    });
  }
  get items(): Array<{ name: string; type: string; value: string }> {
    if (!this.loadedItems) throw new FakeError('PropertyNotLoaded', 'items');
    return this.loadedItems;
  }
  add(name: string, range: FakeRange): void {
    this.context.write(bytesOf(name), () => {
      const cell = rectA1(range.rect);
      if (this.sheet) {
        const s = this.sheet();
        if (s.names.has(name.toLowerCase())) throw new FakeError('ItemAlreadyExists', name);
        s.names.set(name.toLowerCase(), { name, cell });
      } else {
        if (this.context.state.names.has(name.toLowerCase())) throw new FakeError('ItemAlreadyExists', name);
        this.context.state.names.set(name.toLowerCase(), { name, sheet: range.worksheet.sheet().name, cell });
      }
    });
  }
}

class FakeSetting extends NullableProxy {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }
  watch(): void {
    this.watchNull(() => !this.context.state.settings.has(this.key));
  }
  protected override snapshot(prop: string): unknown {
    return prop === 'value' ? this.context.state.settings.get(this.key) : undefined;
  }
  get value(): unknown {
    return this.loaded('value');
  }
  delete(): void {
    this.context.write(40, () => {
      if (!this.context.state.settings.delete(this.key)) throw new FakeError('ItemNotFound', this.key);
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    const s = new FakeSetting(this.context, key);
    s.watch();
    return s;
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
  add(key: string, value: unknown): void {
    this.context.write(bytesOf(value), () => this.context.state.settings.set(key, structuredClone(value)));
  }
}

class FakeComment extends Proxy {
  constructor(
    context: FakeContext,
    readonly id: string,
  ) {
    super(context);
  }
  private state(): CommentState {
    const c = this.context.state.comments.find((x) => x.id === this.id);
    if (!c) throw new FakeError('ItemNotFound', this.id);
    return c;
  }
  protected override snapshot(prop: string): unknown {
    return prop === 'content' ? this.state().content : prop === 'id' ? this.id : undefined;
  }
  get content(): string {
    return this.loaded('content');
  }
  loadNowProps(props: string[]): void {
    for (const p of props) this.loadedProps.set(p, this.snapshot(p));
  }
  delete(): void {
    this.context.write(40, () => {
      const i = this.context.state.comments.findIndex((x) => x.id === this.id);
      if (i < 0) throw new FakeError('ItemNotFound', this.id);
      this.context.state.comments.splice(i, 1);
    });
  }
  getLocation(): FakeRange {
    const c = this.context.state.comments.find((x) => x.id === this.id)!;
    const ws = this.context.workbook.worksheets.getItem(c.sheet);
    return ws.getRange(c.cell);
  }
}

class FakeCommentCollection extends Proxy {
  private loadedItems: FakeComment[] | undefined;
  protected override queueLoad(_own: string[], deeper: Map<string, string[]>): void {
    const props = deeper.get('items') ?? [];
    this.context.read(() => {
      this.loadedItems = this.context.state.comments.map((c) => new FakeComment(this.context, c.id));
    });
    this.context.read(() => {
      for (const item of this.loadedItems!) item.loadNowProps(props);
    });
  }
  get items(): FakeComment[] {
    if (!this.loadedItems) throw new FakeError('PropertyNotLoaded', 'items');
    return this.loadedItems;
  }
  add(cell: FakeRange, content: string): FakeComment {
    const id = this.context.state.newCommentId();
    this.context.write(bytesOf(content), () => {
      const r = cell.rect;
      if (r.top !== r.bottom || r.left !== r.right) throw new FakeError('InvalidArgument', 'one cell only');
      const sheet = cell.worksheet.sheet().name;
      const ref = a1(r.top, r.left);
      if (this.context.state.comments.some((c) => c.sheet === sheet && c.cell === ref)) throw new FakeError('InvalidArgument', `${ref} has a comment`);
      this.context.state.comments.push({ id, sheet, cell: ref, content });
    });
    return new FakeComment(this.context, id);
  }
}

/** A fake Office host: `run` like Excel.run (one context per run), sync statistics, API version. */
export class FakeExcel {
  readonly state = new WorkbookState();
  stats: SyncStats = { syncs: 0, commands: 0, requestBytes: [], responseBytes: [] };
  constructor(
    public apiVersion = '1.13',
    public limit = WEB_LIMIT,
  ) {}
  resetStats(): SyncStats {
    const before = this.stats;
    this.stats = { syncs: 0, commands: 0, requestBytes: [], responseBytes: [] };
    return before;
  }
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this.state, this.stats, this.limit);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingCommands > 0) throw new Error(`Excel.run ended with ${context.pendingCommands} commands never synced`);
    return result;
  };
  isSetSupported = (name: string, version: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const [a, b] = version.split('.').map(Number) as [number, number];
    const [x, y] = this.apiVersion.split('.').map(Number) as [number, number];
    return a < x || (a === x && b <= y);
  };
}
