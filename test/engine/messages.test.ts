import { ISSUE_CODES, SEVERITY } from '../../src/engine/issues';
import { MESSAGES_VI, toIssue } from '../../src/engine/messages';

describe('messages', () => {
  it.each(ISSUE_CODES.map((c) => [c]))('%s has a Vietnamese message and a severity', (code) => {
    const issue = toIssue({ code, item: '2.1', cell: 'PL2!C9', expected: 74.4, actual: 64.4, text: '64,4%', related: ['1.1'] });
    expect(typeof MESSAGES_VI[code]).toBe('function');
    expect(issue.message.length).toBeGreaterThan(20);
    expect(issue.message).toMatch(/[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i);
    expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
    expect(['error', 'warning']).toContain(SEVERITY[code]);
  });

  it('names populations by their Vietnamese label', () => {
    const issue = toIssue({ code: 'SUM_MISMATCH', item: 'nguoi_hoc', cell: 'PL2!B3', expected: 44740, actual: 44790, related: ['12.292', '18.852', '13.596'] });
    expect(issue.message).toBe('Tổng số người học (ô PL2!B3): tổng ghi 44.790 nhưng cộng các thành phần (12.292 + 18.852 + 13.596) được 44.740. Hãy sửa cho khớp.');
  });

  it('words the reasons that need their own sentence', () => {
    expect(toIssue({ code: 'NOT_INTEGER', item: '2.1', cell: 'PL2!D5', actual: 1.5 }).message).toBe('Mục 2.1 (ô PL2!D5): số lượng 1,5 không phải số nguyên. Hãy nhập số nguyên.');
    expect(toIssue({ code: 'NOT_INTEGER', item: '2.1', cell: 'PL2!D5', actual: 32.448, expected: 32448 }).message).toContain('Nếu ý là 32.448');
    expect(toIssue({ code: 'IMPLAUSIBLE', cell: 'PL2!C9', actual: 2028, expected: 2018, reason: 'year', text: 'GDPT 2028' }).message).toBe(
      'Ô PL2!C9: "GDPT 2028" ghi năm 2028, có lẽ là 2018. Hãy kiểm tra lại.',
    );
  });
});
