/** @jest-environment jsdom */
import './setup-dom';
import { render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createWebHost } from '../../src/web/web-host';
import { GridView } from '../../src/ui/grid/grid-view';
import { CheckPanel } from '../../src/ui/components/check-panel';
import type { WorkbookGrid } from '../../src/engine/grid';
import { toIssue } from '../../src/engine/messages';
import { fakeEngine, report } from './fakes';

const GRID: WorkbookGrid = {
  sheets: [
    {
      name: 'PL2',
      values: [
        ['SỞ GD&ĐT LÀO CAI', null, null],
        ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'],
        ['1.', 'Nội dung', 'Tổng số: 45, đạt tỉ lệ: 100%'],
        ['2.', 'Khác', 0.864],
      ],
      numFmts: { '3,2': '0.0%' },
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    },
    { name: 'Ghi chú', values: [['x']], numFmts: {}, merges: [] },
  ],
  definedNames: [],
};

const ISSUES = [
  toIssue({ code: 'RATE_MISMATCH', item: '1.1', cell: 'PL2!C3', expected: 74.4, actual: 64.4 }),
  toIssue({ code: 'IMPLAUSIBLE', item: '2.1', cell: 'PL2!C4', actual: 86.4 }),
  toIssue({ code: 'DENOMINATOR_CONFLICT', item: '2.1', cell: 'PL2!C4', expected: 1, actual: 2 }),
];

function setup() {
  const downloads: Array<[number, string]> = [];
  const host = createWebHost({
    read: () => GRID,
    render: async () => new ArrayBuffer(7),
    download: (bytes, name) => downloads.push([bytes.byteLength, name]),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <GridView store={host.view} />
    </FluentProvider>,
  );
  return { host, downloads };
}

const cell = (ref: string) => document.querySelector(`td[data-cell="${ref}"]`) as HTMLElement;

describe('the web host and its grid view', () => {
  it('shows the opened workbook as a grid with column letters, row numbers, merges and percentages', async () => {
    const { host } = setup();
    expect(screen.getByText('Chưa mở tệp nào.')).toBeTruthy();
    await act(() => host.openWorkbookFile({ name: 'lao-cai.xlsx', arrayBuffer: async () => new ArrayBuffer(1) }));
    expect(screen.getByText('Tệp: lao-cai.xlsx')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'A', 'B', 'C']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['1', '2', '3', '4']);
    expect(cell('A1').getAttribute('colspan')).toBe('3');
    expect(cell('B1')).toBeNull();
    expect(cell('C4').textContent).toBe('86,4%');
    expect(await host.readActiveWorkbook()).toBe(GRID);
  });

  it('paints flags by severity (an error wins on a shared cell), selects cells, clears', async () => {
    const { host } = setup();
    await act(() => host.openWorkbookFile({ name: 'x.xlsx', arrayBuffer: async () => new ArrayBuffer(1) }));
    // Flags on another sheet than the one shown: the view goes there.
    await act(() => host.view.showSheet(1));
    await act(() => host.paintFlags(ISSUES));
    expect(document.querySelector('table')!.getAttribute('data-sheet')).toBe('PL2');
    expect(screen.getByRole('tab', { name: 'PL2 (2)' })).toBeTruthy();
    expect([cell('C3').getAttribute('data-flag'), cell('C4').getAttribute('data-flag'), cell('B3').getAttribute('data-flag')]).toEqual(['error', 'warning', null]);
    expect(cell('C3').style.backgroundColor).toBe('rgb(255, 199, 206)');
    expect(cell('C4').getAttribute('title')).toContain('Mục 2.1');
    await act(() => host.selectCell('PL2!C4'));
    expect(cell('C4').getAttribute('aria-selected')).toBe('true');
    expect(document.querySelectorAll('td[aria-selected="true"]')).toHaveLength(1);
    // Another sheet's cell switches the sheet shown.
    await act(() => host.selectCell("'Ghi chú'!A1"));
    expect(document.querySelector('table')!.getAttribute('data-sheet')).toBe('Ghi chú');
    expect(cell('A1').getAttribute('aria-selected')).toBe('true');
    await act(() => host.selectCell('PL2!A1'));
    await act(() => host.clearFlags());
    expect(document.querySelectorAll('td[data-flag]')).toHaveLength(0);
  });

  it('downloads what it writes', async () => {
    const { host, downloads } = setup();
    const sheets = await host.writeWorkbookLayout({ sheets: [{ name: 'Biểu số liệu' }] } as never, 'current', 'bieu-so-lieu.xlsx');
    expect(sheets).toEqual(['Biểu số liệu']);
    expect(downloads).toEqual([[7, 'bieu-so-lieu.xlsx']]);
  });

  it('in "Kiểm tra" a workbook is opened from disk, checked, and an issue click selects its cell in the grid', async () => {
    const host = createWebHost({ read: () => GRID, render: async () => new ArrayBuffer(0), download: () => undefined });
    const engine = fakeEngine([report(ISSUES)]);
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckPanel host={host} engine={engine} workbookView={<GridView store={host.view} />} />
      </FluentProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Kiểm tra bảng tính' })).toBeNull();
    await user.upload(screen.getByTestId('check-file'), new File([new Uint8Array([1])], 'lao-cai.xlsx'));
    await screen.findByTestId('check-summary');
    expect(engine.checkGrid).toHaveBeenCalledWith(GRID, 'lao-cai.xlsx');
    expect(cell('C3').getAttribute('data-flag')).toBe('error');
    await user.click(document.querySelector('[data-issue="RATE_MISMATCH"]') as HTMLElement);
    expect(cell('C3').getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    expect(document.querySelectorAll('td[data-flag]')).toHaveLength(0);
  });
});
