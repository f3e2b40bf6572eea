/** @jest-environment jsdom */
import './setup-dom';
import * as React from 'react';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckPanel } from '../../src/ui/components/check-panel';
import { groupIssues } from '../../src/ui/group-issues';
import { QD131 } from '../../src/engine/form/qd131';
import { toIssue } from '../../src/engine/messages';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { GRID, ISSUES, fakeEngine, fakeHost, report } from './fakes';

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

async function checked(host = fakeHost(), engine = fakeEngine()) {
  const user = userEvent.setup();
  wrap(<CheckPanel host={host} engine={engine} />);
  await user.click(screen.getByRole('button', { name: 'Kiểm tra bảng tính' }));
  await screen.findByRole('list', { name: 'Danh sách lỗi theo mục' });
  return { user, host, engine };
}

const issueButtons = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-issue'));

describe('groupIssues', () => {
  it('groups by item in the form order, the whole workbook first, populations after items', () => {
    const issues = [
      ...ISSUES,
      toIssue({ code: 'SUM_MISMATCH', item: 'nguoi_hoc', expected: 44740, actual: 44790 }),
      toIssue({ code: 'TEMPLATE_MISMATCH', reason: 'order', expected: '2.1' }),
    ];
    const groups = groupIssues(QD131, issues);
    expect(groups.map((g) => [g.key, g.kind, g.errors, g.warnings])).toEqual([
      ['', 'file', 1, 0],
      ['1.1', 'item', 1, 0],
      ['2.1', 'item', 2, 0],
      ['2.3', 'item', 0, 1],
      ['nguoi_hoc', 'population', 1, 0],
    ]);
    expect(groups[2]!.issues.map((i) => [i.code, i.cell])).toEqual([
      ['RATE_MISMATCH', 'PL2!C9'],
      ['NOT_INTEGER', 'PL2!D9'],
    ]);
    expect(groups[4]!.label).toBe('Tổng số người học');
  });
});

describe('CheckPanel', () => {
  it('checks the open workbook, lists issues grouped by item with severities, and paints the flags', async () => {
    const { host, engine } = await checked();
    expect(host.readActiveWorkbook).toHaveBeenCalledTimes(1);
    expect(engine.checkGrid).toHaveBeenCalledWith(GRID, 'Bảng tính đang mở');
    expect(host.paintFlags).toHaveBeenCalledWith(ISSUES);
    const groups = within(screen.getByRole('list', { name: 'Danh sách lỗi theo mục' })).getAllByRole('listitem');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Mục 1.1', 'Mục 2.1', 'Mục 2.3']);
    expect(within(groups[1]!).getAllByRole('button').map((b) => [b.getAttribute('data-issue'), b.getAttribute('data-cell')])).toEqual([
      ['RATE_MISMATCH', 'PL2!C9'],
      ['NOT_INTEGER', 'PL2!D9'],
    ]);
    expect(within(groups[1]!).getByText('2 lỗi')).toBeTruthy();
    expect(within(groups[2]!).getByText('1 cảnh báo')).toBeTruthy();
    expect(within(groups[2]!).getByText('Cảnh báo')).toBeTruthy();
    expect(screen.getByTestId('check-summary').textContent).toBe('3 lỗi, 1 cảnh báo');
    expect(screen.getByTestId('check-unit').textContent).toBe('Đơn vị: Trường TH Ngô Sĩ Liên');
    expect(screen.getByText(/Mục 2\.1 \(ô PL2!C9\): tỉ lệ ghi 64,4% nhưng số lượng chia tổng số cho 74,4%/)).toBeTruthy();
  });

  it('clicking an issue selects its cell', async () => {
    const { user, host } = await checked();
    const rate = issueButtons().find((b) => b.getAttribute('data-issue') === 'RATE_MISMATCH')!;
    await user.click(rate);
    expect(host.selectCell).toHaveBeenCalledWith('PL2!C9');
    expect(rate.getAttribute('aria-pressed')).toBe('true');
  });

  it('works from the keyboard: Tab reaches the issues, Enter and Space select, arrows move', async () => {
    const { user, host } = await checked();
    const buttons = issueButtons();
    buttons[0]!.focus();
    await user.keyboard('{Enter}');
    expect(host.selectCell).toHaveBeenLastCalledWith('PL2!C8');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard(' ');
    expect(host.selectCell).toHaveBeenLastCalledWith('PL2!C9');
    await user.tab();
    expect(document.activeElement).toBe(buttons[2]);
    await user.keyboard('{Enter}');
    expect(host.selectCell).toHaveBeenLastCalledWith('PL2!D9');
  });

  it('"Xóa đánh dấu" clears the flags', async () => {
    const { user, host } = await checked();
    await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
    expect(host.clearFlags).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đã xóa đánh dấu.')).toBeTruthy();
  });

  it('"Kiểm tra lại" clears the old flags and updates the list', async () => {
    const fixed = report([ISSUES[2]!]);
    const { user, host } = await checked(fakeHost(), fakeEngine([report(), fixed]));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(issueButtons()).toHaveLength(1));
    expect(host.clearFlags).toHaveBeenCalledTimes(1);
    expect(host.paintFlags).toHaveBeenLastCalledWith([ISSUES[2]]);
    expect(screen.getByTestId('check-summary').textContent).toBe('0 lỗi, 1 cảnh báo');
  });

  it('says when the workbook has no issue', async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    wrap(<CheckPanel host={host} engine={fakeEngine([report([])])} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra bảng tính' }));
    expect(await screen.findByText('Không phát hiện lỗi. Biểu hợp lệ.')).toBeTruthy();
    expect(host.paintFlags).not.toHaveBeenCalled();
  });

  it('shows a Vietnamese message when reading fails', async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    host.readActiveWorkbook.mockRejectedValueOnce(new Error('RichApi.Error'));
    wrap(<CheckPanel host={host} engine={fakeEngine()} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra bảng tính' }));
    expect(await screen.findByText('Có sự cố: RichApi.Error')).toBeTruthy();
  });
});
