/** @jest-environment jsdom */
import './setup-dom';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/app';
import { fakeEngine, fakeHost, fakeRunner } from './fakes';

describe('App', () => {
  it('shows the three parts in Vietnamese', () => {
    render(<App host={fakeHost()} engine={fakeEngine()} runner={fakeRunner()} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(3);
    ['Biểu mẫu', 'Kiểm tra', 'Tổng hợp'].forEach((name, i) => expect(screen.getByRole('tab', { name })).toBe(tabs[i]));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bieu – Biểu số liệu');
    // "Biểu mẫu" is shown first, with its level choice and button.
    expect(screen.getByRole('button', { name: 'Chèn biểu mẫu' })).toBeTruthy();
    const levels = within(screen.getByTestId('template-level') as HTMLElement).getAllByRole('option').map((o) => o.textContent);
    expect(levels).toEqual(['Mầm non', 'Tiểu học', 'THCS', 'Phòng GD&ĐT', 'Sở GD&ĐT']);
  });

  it('switches tabs with the keyboard', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost()} engine={fakeEngine()} runner={fakeRunner()} />);
    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(screen.getByRole('button', { name: 'Kiểm tra bảng tính' })).toBeTruthy();
    screen.getByRole('tab', { name: 'Tổng hợp' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Tổng hợp' }).getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByRole('button', { name: 'Tổng hợp' })).toBeTruthy();
  });

  it('inserts the form for the chosen level and unit', async () => {
    const user = userEvent.setup();
    const host = fakeHost();
    const engine = fakeEngine();
    render(<App host={host} engine={engine} runner={fakeRunner()} />);
    await user.selectOptions(screen.getByTestId('template-level'), 'THCS');
    await user.type(screen.getByTestId('template-unit'), 'Trường THCS Lê Lợi');
    await user.click(screen.getByRole('button', { name: 'Chèn biểu mẫu' }));
    expect(engine.buildTemplate).toHaveBeenCalledWith({ level: 'THCS', unit: 'Trường THCS Lê Lợi' });
    await waitFor(() => expect(host.writeWorkbookLayout).toHaveBeenCalledWith({ sheets: [{ name: 'Biểu số liệu' }] }, 'current', 'bieu-so-lieu.xlsx'));
    expect(await screen.findByText('Đã chèn biểu mẫu vào trang tính Biểu số liệu.')).toBeTruthy();
  });

  it('offers a download on the web page', () => {
    render(<App host={fakeHost('web')} engine={fakeEngine()} runner={fakeRunner()} />);
    expect(screen.getByRole('button', { name: 'Tải biểu mẫu' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chèn biểu mẫu' })).toBeNull();
  });
});
