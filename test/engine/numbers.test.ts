import { formatDecimals, isPercentFormat, parseNumberToken, readNumericCell, thousandsReading } from '../../src/engine/numbers/parse-number';
import { parseNames, parseValueText } from '../../src/engine/numbers/parse-value-text';
import { expectedRate, impliedInterval, impliedPopulation, intervalsShareInteger, rateMatches } from '../../src/engine/numbers/rate-tolerance';

describe('parseNumberToken', () => {
  it.each([
    ['32.448', 'count', 32448, 0],
    ['2.023', 'count', 2023, 0],
    ['1.500', 'count', 1500, 0],
    ['1.500', 'rate', 1.5, 3],
    ['3,218,695', 'count', 3218695, 0],
    ['1.363', 'count', 1363, 0],
    ['225.404', 'count', 225404, 0],
    ['02', 'count', 2, 0],
    ['44700', 'count', 44700, 0],
    ['99,8', 'rate', 99.8, 1],
    ['99.2', 'rate', 99.2, 1],
    ['100', 'rate', 100, 0],
    ['24,4', 'rate', 24.4, 1],
    ['1,5', 'count', 1.5, 1],
    ['0.500', 'count', 0.5, 3],
    ['1.234.567', 'count', 1234567, 0],
    ['1.234,5', 'count', 1234.5, 1],
    ['1,234.5', 'count', 1234.5, 1],
  ] as const)('%s as %s -> %d', (token, role, value, decimals) => {
    expect(parseNumberToken(token, role)).toEqual({ value, decimals });
  });

  it('rejects separators that make no number', () => {
    expect(parseNumberToken('1.2.3', 'count')).toBeUndefined();
    expect(parseNumberToken('12.34.567', 'count')).toBeUndefined();
  });
});

describe('numeric cells', () => {
  it('reads a percent-formatted fraction as the percentage written', () => {
    expect(readNumericCell(0.86, '0%', 'rate')).toEqual({ value: 86, decimals: 0 });
    expect(readNumericCell(0.998, '0.0%', 'rate')).toEqual({ value: 99.8, decimals: 1 });
    expect(readNumericCell(1, '0%', 'rate')).toEqual({ value: 100, decimals: 0 });
    expect(readNumericCell(86, undefined, 'rate')).toEqual({ value: 86, decimals: 0 });
    expect(readNumericCell(32.448, undefined, 'count')).toEqual({ value: 32.448, decimals: 3 });
  });
  it('knows formats', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('"%"0')).toBe(false);
    expect(isPercentFormat('#,##0')).toBe(false);
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('0%')).toBe(0);
  });
  it('reads a decimal count as the thousands it probably meant', () => {
    expect(thousandsReading(32.448)).toBe(32448);
    expect(thousandsReading(1.5)).toBe(1500);
    expect(thousandsReading(1.23456)).toBeUndefined();
    expect(thousandsReading(12)).toBeUndefined();
  });
});

describe('rate tolerance (DOMAIN.md rounding rule)', () => {
  it('matches at the precision written', () => {
    expect(rateMatches(44700, 44790, 99.8, 1)).toBe(true);
    expect(rateMatches(199, 612, 32.5, 1)).toBe(true);
    expect(rateMatches(168, 612, 24.4, 1)).toBe(false);
    expect(rateMatches(995, 1000, 100, 0)).toBe(true);
    expect(rateMatches(994, 1000, 100, 0)).toBe(false);
    expect(rateMatches(33, 55, 60, 0)).toBe(true);
  });
  it('gives the expected rate at the stated precision, at least 1 decimal', () => {
    expect(expectedRate(168, 612, 1)).toBe(27.5);
    expect(expectedRate(45, 50, 0)).toBe(90);
    expect(expectedRate(2, 3, 2)).toBe(66.67);
  });
  it('implies populations', () => {
    expect(impliedPopulation(44700, 99.8, 1)).toBe(44790);
    expect(impliedPopulation(2023, 100, 0)).toBe(2023);
    expect(impliedPopulation(33, 60, 0)).toBe(55);
    expect(impliedPopulation(0, 0, 0)).toBeUndefined();
    const a = impliedInterval(45, 90, 0)!;
    const b = impliedInterval(45, 100, 0)!;
    expect(intervalsShareInteger(a, b)).toBe(false);
    expect(intervalsShareInteger(impliedInterval(2023, 100, 0)!, impliedInterval(2023, 100, 0)!)).toBe(true);
  });
});

describe('parseValueText', () => {
  const read = (text: string, kind: Parameters<typeof parseValueText>[1] = 'countRate') => {
    const r = parseValueText(text, kind);
    return { count: r.count?.value, rate: r.rate?.value, rateDecimals: r.rate?.decimals, total: r.total?.value, na: r.notApplicable, blank: r.blank, unparseable: r.unparseable, names: r.names };
  };
  it.each([
    [': 2.023, đạt tỉ lệ: 100%', { count: 2023, rate: 100, rateDecimals: 0 }],
    [': 32.448, đạt tỉ lệ: 100%', { count: 32448, rate: 100 }],
    [': 44700, đạt tỉ lệ: 99,8%.', { count: 44700, rate: 99.8, rateDecimals: 1 }],
    [': 3,218,695, đạt tỉ lệ: 99.2%', { count: 3218695, rate: 99.2 }],
    [': 55 đạt tỉ lệ: 100 %', { count: 55, rate: 100 }],
    ['168/612 trường (đạt 24,4%)', { count: 168, total: 612, rate: 24.4 }],
    [': 45, tỷ lệ 99,8', { count: 45, rate: 99.8 }],
    [' đạt tỉ lệ: 100% (trừ hồ sơ mật)', { rate: 100 }],
    [': 02', { count: 2 }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
  it('reads rates alone', () => {
    expect(read(' chiếm 28%', 'rate')).toMatchObject({ rate: 28 });
    expect(read(' chiếm 28', 'rate')).toMatchObject({ rate: 28 });
  });
  it('tells blanks, "Không" and words apart', () => {
    expect(read(': .đạt tỉ lệ: ...%')).toMatchObject({ blank: true });
    expect(read(': ..... tỉ lệ: …%')).toMatchObject({ blank: true });
    expect(read('')).toMatchObject({ blank: true });
    expect(read('Không')).toMatchObject({ na: true });
    expect(read(': Không áp dụng')).toMatchObject({ na: true });
    expect(read(': đang cập nhật')).toMatchObject({ unparseable: true });
  });
  it('reads a negative count', () => {
    expect(read(': -5, đạt tỉ lệ: 10%')).toMatchObject({ count: -5, rate: 10 });
  });
  it('reads counts with names', () => {
    expect(read(': 3 (Zoom, K12Online, VNEdu)', 'countNames')).toMatchObject({ count: 3, names: ['Zoom', 'K12Online', 'VNEdu'] });
    expect(read(': Zoom, Google Meet', 'countNames')).toMatchObject({ names: ['Zoom', 'Google Meet'] });
    // digits inside a name are not the count: "K12Online" is not 12
    expect(parseValueText(': Google Meet, K12Online, OLM', 'countNames')).toEqual({ names: ['Google Meet', 'K12Online', 'OLM'] });
    expect(parseNames('1500 Microsoft Office 365; 1780 Google Meet và các nền tảng như Zoom, Zavi, K12')).toEqual([
      'Microsoft Office 365',
      'Google Meet',
      'Zoom',
      'Zavi',
      'K12',
    ]);
  });
});

describe('years and names are not values', () => {
  it('skips "GDPT 2018", "năm 2023" but not a count written without a colon', () => {
    expect(parseValueText(' ..... % (Chương trình GDPT 2028)', 'rate')).toEqual({ blank: true });
    expect(parseValueText(' chiếm 20% (năm 2023)', 'rate').rate?.value).toBe(20);
    expect(parseValueText(' 2023 đạt tỉ lệ: 100%', 'countRate').count?.value).toBe(2023);
    expect(parseValueText(' chiếm 1.500', 'rate').rate).toMatchObject({ value: 1.5, decimals: 3 });
    expect(parseValueText(' 12 hoặc 15', 'rate')).toEqual({ unparseable: true });
  });
});
