/**
 * Office.js as the task pane sees it, for the add-in's end-to-end test in a real browser.
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, it defines
 * `Office` and `Excel` over the fake Excel object model of the host tests (test/addin/fake-excel.ts):
 * deferred loads, ordered batches, counted syncs, the 5 MB request limit.
 * The workbook starts as `window.__BIEU_SEED__` says; `window.__BIEU_FAKE__` shows it to the test.
 */
import { a1, parseA1 } from '../../../src/engine/grid';
import { FakeExcel, NO_FILL, type CellState, type WorkbookState } from '../../addin/fake-excel';
import type { FakeHandle, StubSeed, WorkbookSnapshot } from './stub-types';

declare global {
  interface Window {
    __BIEU_SEED__?: StubSeed;
    __BIEU_FAKE__?: FakeHandle;
  }
}

const seed: StubSeed = window.__BIEU_SEED__ ?? {};
const apiVersion = seed.apiVersion ?? '1.13';
const fake = new FakeExcel(apiVersion);
const created: string[] = [];

const blankCell = (): CellState => ({ value: '', numberFormat: 'General', fill: { ...NO_FILL }, font: {}, borders: {}, locked: true });

function cellAt(state: WorkbookState, sheet: string, ref: string): CellState {
  const s = state.sheet(sheet);
  const p = parseA1(ref);
  if (!s || !p) throw new Error(`no cell ${sheet}!${ref}`);
  const key = `${p.row},${p.col}`;
  let c = s.cells.get(key);
  if (!c) s.cells.set(key, (c = blankCell()));
  return c;
}

for (const sheet of seed.sheets ?? []) {
  const s = fake.state.addSheet(sheet.name);
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = blankCell();
      cell.value = v;
      s.cells.set(`${r},${c}`, cell);
    }),
  );
  for (const [ref, fmt] of Object.entries(sheet.numberFormats ?? {})) cellAt(fake.state, sheet.name, ref).numberFormat = fmt;
  for (const [ref, fill] of Object.entries(sheet.fills ?? {})) cellAt(fake.state, sheet.name, ref).fill = { ...fill };
  s.merges.push(...(sheet.merges ?? []));
}
if (fake.state.sheets[0]) fake.state.active = fake.state.sheets[0].name;

function snapshot(): WorkbookSnapshot {
  const st = fake.state;
  return {
    sheets: st.sheets.map((s) => {
      const cells: WorkbookSnapshot['sheets'][number]['cells'] = {};
      for (const [key, c] of s.cells) {
        const filled = c.fill.pattern !== NO_FILL.pattern || c.fill.color !== NO_FILL.color;
        if (c.value === '' && c.formula === undefined && !filled) continue;
        const [row, col] = key.split(',').map(Number) as [number, number];
        cells[a1(row, col)] = { value: c.value, ...(c.formula !== undefined ? { formula: c.formula } : {}), numberFormat: c.numberFormat, fill: { ...c.fill } };
      }
      return { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), names: [...s.names.values()].map((n) => ({ ...n })) };
    }),
    names: [...st.names.values()].map((n) => ({ ...n })),
    comments: st.comments.map(({ sheet, cell, content }) => ({ sheet, cell, content })),
    active: st.active ?? null,
    selection: st.selection ?? null,
    settings: [...st.settings.keys()],
    createdWorkbooks: created.length,
  };
}

const statsOf = (s: FakeExcel['stats']) => ({ syncs: s.syncs, commands: s.commands, largestRequest: Math.max(0, ...s.requestBytes) });

window.__BIEU_FAKE__ = {
  apiVersion,
  snapshot,
  stats: () => statsOf(fake.stats),
  resetStats: () => statsOf(fake.resetStats()),
  setValue: (sheet, ref, value) => {
    cellAt(fake.state, sheet, ref).value = value;
  },
  createdWorkbook: (i) => created[i] ?? null,
};

type ReadyInfo = { host: string; platform: string };
const ready: Promise<ReadyInfo> = new Promise((resolve) => {
  // Office.js answers once the page is parsed: the task pane mounts into #root.
  const done = () => resolve({ host: 'Excel', platform: 'OfficeOnline' });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
  else setTimeout(done, 0);
});

const OfficeStub = {
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
  onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo> {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    host: 'Excel',
    platform: 'OfficeOnline',
    diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0' },
    requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version ?? '1.1') },
  },
  actions: {
    associate: (name: string, fn: unknown): void => {
      (window as unknown as Record<string, unknown>)[`__bieu_action_${name}`] = fn;
    },
  },
};

const ExcelStub = {
  run: fake.run,
  /** ExcelApi 1.8: the new workbook opens in its own window; here it is kept for the test. */
  createWorkbook: async (base64?: string): Promise<void> => {
    created.push(base64 ?? '');
  },
};

Object.assign(window, { Office: OfficeStub, Excel: ExcelStub });
