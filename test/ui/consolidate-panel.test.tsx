/** @jest-environment jsdom */
import './setup-dom';
import { render, screen, waitFor, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ConsolidatePanel } from '../../src/ui/components/consolidate-panel';
import type { FileRow } from '../../src/ui/engine-api';
import { fakeHost, fakeRunner } from './fakes';

const xlsx = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { lastModified: 1 });
const row = (index: number, name: string, unit: string, status: FileRow['status'], errors = 0): FileRow => ({ index, name, unit, status, errors, warnings: 0 });
const LAYOUT = { sheets: [{ name: 'Tổng hợp' }, { name: 'Chi tiết đơn vị' }, { name: 'Kiểm tra' }, { name: 'Nguồn' }] } as never;

function setup(kind: 'excel' | 'web' = 'excel', insertSheets = false) {
  const host = fakeHost(kind, insertSheets);
  const runner = fakeRunner();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidatePanel host={host} runner={runner} />
    </FluentProvider>,
  );
  return { host, runner, user };
}

describe('ConsolidatePanel', () => {
  it('picks workbooks (.xlsx/.xlsm/.xls), shows progress and a live table, then writes the consolidated sheets', async () => {
    const { host, runner, user } = setup();
    const input = screen.getByTestId('consolidate-files') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.xlsx,.xlsm,.xls');
    const files = [xlsx('a.xlsx'), xlsx('b.xlsx'), xlsx('c.xlsx'), xlsx('d.xls')];
    await user.upload(input, files);
    expect(runner.runs).toBe(1);
    expect(screen.getByText('Đã đọc 0/4 tệp')).toBeTruthy();
    const write = screen.getByRole('button', { name: 'Tổng hợp' });
    expect(write.hasAttribute('disabled')).toBe(true);

    act(() => runner.emit({ done: 2, total: 4, rows: [row(0, 'a.xlsx', 'Trường TH A', 'valid'), row(1, 'b.xlsx', 'Trường MN B', 'errors', 3)] }));
    await screen.findByText('Đã đọc 2/4 tệp');
    const bar = screen.getByTestId('consolidate-progress');
    expect(bar.getAttribute('data-done')).toBe('2');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    const table = () => Array.from(document.querySelectorAll('[data-file]')).map((r) => [r.getAttribute('data-file'), r.getAttribute('data-status'), ...Array.from(r.querySelectorAll('td')).map((td) => td.textContent)]);
    expect(table()).toEqual([
      ['a.xlsx', 'valid', 'a.xlsx', 'Trường TH A', 'Hợp lệ', '0'],
      ['b.xlsx', 'errors', 'b.xlsx', 'Trường MN B', 'Có lỗi', '3'],
    ]);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tệp', 'Đơn vị', 'Trạng thái', 'Số lỗi']);

    act(() =>
      runner.finish({
        layout: LAYOUT,
        rows: [
          row(0, 'a.xlsx', 'Trường TH A', 'valid'),
          row(1, 'b.xlsx', 'Trường MN B', 'errors', 3),
          { ...row(2, 'c.xlsx', 'Trường TH A', 'duplicate'), reason: 'Đơn vị đã gửi tệp mới hơn (a.xlsx); tệp này không được tính.' },
          { ...row(3, 'd.xls', '', 'rejected', 1), unit: null },
        ],
        included: 2,
        missing: ['Trường THCS C'],
        seconds: 1.25,
      }),
    );
    await screen.findByText('Đã tổng hợp 2 đơn vị trong 1,3 giây.');
    expect(screen.getByText('Chưa gửi (1): Trường THCS C')).toBeTruthy();
    expect(table().map((r) => r.slice(0, 2))).toEqual([
      ['a.xlsx', 'valid'],
      ['b.xlsx', 'errors'],
      ['c.xlsx', 'duplicate'],
      ['d.xls', 'rejected'],
    ]);
    expect(screen.getByText('Trùng lặp')).toBeTruthy();
    expect(screen.getByText('Bị loại')).toBeTruthy();
    expect(Array.from(screen.getByTestId('status-counts').children).map((b) => b.textContent)).toEqual(['Hợp lệ: 1', 'Có lỗi: 1', 'Bị loại: 1', 'Trùng lặp: 1']);

    await waitFor(() => expect(write.hasAttribute('disabled')).toBe(false));
    await user.click(screen.getByRole('radio', { name: 'Bảng tính đang mở' }));
    await user.click(write);
    await waitFor(() => expect(host.writeWorkbookLayout).toHaveBeenCalledWith(LAYOUT, 'current', 'tong-hop.xlsx'));
    expect(await screen.findByText('Đã ghi các trang: Tổng hợp, Chi tiết đơn vị, Kiểm tra, Nguồn.')).toBeTruthy();
  });

  it('offers to copy the units’ sheets only where the host can insert sheets', async () => {
    setup('excel', false);
    expect(screen.queryByLabelText('Chép cả trang tính của các đơn vị vào')).toBeNull();
  });

  it('copies the counted units’ own sheets when asked', async () => {
    const { host, runner, user } = setup('excel', true);
    const insert = host.insertSheetsFromFiles as jest.Mock;
    await user.click(screen.getByLabelText('Chép cả trang tính của các đơn vị vào'));
    await user.upload(screen.getByTestId('consolidate-files'), [xlsx('a.xlsx'), xlsx('b.xlsx')]);
    act(() => runner.finish({ layout: LAYOUT, rows: [row(0, 'a.xlsx', 'Trường TH A', 'valid'), { ...row(1, 'b.xlsx', '', 'rejected'), unit: null }], included: 1, missing: [], seconds: 0.1 }));
    await user.click(await screen.findByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith([{ name: 'Trường TH A', base64: 'UEsDBA==' }]));
    expect(await screen.findByText('Đã chép 1 trang tính của các đơn vị.')).toBeTruthy();
  });

  it('on the web page writes a new workbook (a download) and asks no target', async () => {
    const { host, runner, user } = setup('web');
    expect(screen.queryByRole('radio')).toBeNull();
    await user.upload(screen.getByTestId('consolidate-files'), [xlsx('a.xlsx')]);
    act(() => runner.finish({ layout: LAYOUT, rows: [row(0, 'a.xlsx', 'Trường TH A', 'valid')], included: 1, missing: [], seconds: 0.1 }));
    await user.click(await screen.findByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(host.writeWorkbookLayout).toHaveBeenCalledWith(LAYOUT, 'new', 'tong-hop.xlsx'));
  });
});
