import { QD131 } from '../../src/engine/form/qd131';
import { formItems, formSchema } from '../../src/engine/form/schema';
import { foldText } from '../../src/engine/text/fold';
import { readFileSync } from 'fs';
import { join } from 'path';

const SEED_001 = readFileSync(join(__dirname, '../../../shared/seeds/001_92bcb66467f5f246.txt'), 'utf8');

describe('QĐ 131 form definition', () => {
  it('has the 26 items of DOMAIN.md in order', () => {
    expect(formItems(QD131).map((i) => i.code)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '4.1', '5.1', '5.2',
      '6.1', '7.1', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '9.1', '9.2', '9.3', '9.4',
    ]);
  });

  it('takes every item label from the form as issued (Phụ lục 2 of seed 001)', () => {
    const issued = foldText(SEED_001.replace(/<sup>\s*\d\s*<\/sup>/g, '').replace(/\$\\geq\s*50\\%\$/g, '≥ 50%'));
    for (const item of formItems(QD131)) expect(issued).toContain(foldText(item.label));
    for (const section of QD131.sections) expect(issued).toContain(foldText(section.label));
  });

  it('rejects a definition whose item names an unknown population', () => {
    const broken = structuredClone(QD131);
    broken.sections[0]!.items[0]!.population = 'khong_ton_tai';
    expect(formSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects duplicate item codes', () => {
    const broken = structuredClone(QD131);
    broken.sections[0]!.items[1]!.code = '1.1';
    expect(formSchema.safeParse(broken).success).toBe(false);
  });

  it('declares how every population part relates', () => {
    const ids = new Set(QD131.populations.map((p) => p.id));
    for (const p of QD131.populations) for (const part of p.sumOf ?? []) expect(ids.has(part)).toBe(true);
    expect(QD131.populations.find((p) => p.id === 'nguoi_hoc')?.sumOf).toEqual(['tre_mn', 'hoc_sinh', 'sinh_vien']);
  });
});
