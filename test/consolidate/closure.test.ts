import path from 'node:path';
import { consolidate } from '../../src/engine/consolidate';
import { buildConsolidatedLayout } from '../../src/engine/consolidate/layout/build-consolidated-layout';
import type { Consolidation } from '../../src/engine/consolidate/types';
import { QD131 } from '../../src/engine/form/qd131';
import { generateSchools } from '../../src/samples/generate-district';
import { writeConsolidatedWorkbook } from '../../src/xlsx/write-consolidated';
import { checkFiles, tempDir, writeFiles } from './real-files';

const form = QD131;

/**
 * Figures to compare: counts, populations and names exactly, rates to 1e-6 (they are recomputed from exact sums).
 * "Không" and "nobody answered" both mean no figure: a district's form says "Không" for items its level is not asked
 * (giảng viên at a Phòng) where its schools said nothing.
 */
function figures(c: Consolidation) {
  return Object.fromEntries(
    Object.entries(c.items).filter(([, i]) => !i.notApplicable).map(([code, i]) => [
      code,
      { count: i.count, population: i.population, rate: i.rate === undefined ? undefined : Math.round(i.rate * 1e6) / 1e6, names: i.names && [...i.names].sort(), notApplicable: i.notApplicable },
    ]),
  );
}

describe('closure: consolidated workbooks consolidate again', () => {
  let direct: Consolidation;
  let twoLevels: Consolidation;
  let districtA: Consolidation;
  let readBack: Awaited<ReturnType<typeof checkFiles>>;

  beforeAll(async () => {
    const root = tempDir('closure');
    // One set of uniquely named schools, dealt to two districts (two districts may both have a "Trường TH Trần Phú":
    // consolidated together they would be one unit sent twice).
    const schools = await generateSchools(40, 'closure');
    const a = schools.filter((_, i) => i % 2 === 0);
    const b = schools.filter((_, i) => i % 2 === 1);
    const pathsA = writeFiles(path.join(root, 'phong-a'), a);
    const pathsB = writeFiles(path.join(root, 'phong-b'), b);

    districtA = consolidate(await checkFiles(pathsA), { form });
    const districtB = consolidate(await checkFiles(pathsB), { form });
    const outA = path.join(root, 'so', 'tong-hop-a.xlsx');
    const outB = path.join(root, 'so', 'tong-hop-b.xlsx');
    writeFiles(path.join(root, 'so'), []);
    await writeConsolidatedWorkbook(buildConsolidatedLayout(districtA, form, { unit: 'Phòng GD&ĐT huyện A' }), outA);
    await writeConsolidatedWorkbook(buildConsolidatedLayout(districtB, form, { unit: 'Phòng GD&ĐT huyện B' }), outB);

    readBack = await checkFiles([outA, outB]);
    twoLevels = consolidate(readBack, { form });
    direct = consolidate(await checkFiles([...pathsA, ...pathsB]), { form });
  });

  test('a consolidated workbook reads back (real reader + checkWorkbook) to the same figures', () => {
    const a = readBack[0]!.report;
    expect([a.unit, a.level, a.template]).toEqual(['Phòng GD&ĐT huyện A', 'phong', 'qd131']);
    for (const [code, item] of Object.entries(districtA.items)) {
      const r = a.items[code]!;
      if (item.notApplicable) {
        expect([code, r.notApplicable]).toEqual([code, true]);
        continue;
      }
      expect([code, r.count, r.population]).toEqual([code, item.count, item.population]);
      if (item.rate !== undefined) expect(Math.abs(r.rate! - item.rate)).toBeLessThanOrEqual(0.05 + 1e-9);
      if (item.names) expect([code, r.names]).toEqual([code, item.names]);
    }
  });

  test('the two districts\' consolidated workbooks give the same figures as all their schools', () => {
    expect(twoLevels.included.map((u) => u.name)).toEqual(['Phòng GD&ĐT huyện A', 'Phòng GD&ĐT huyện B']);
    expect(direct.included.length).toBe(40);
    expect(figures(twoLevels)).toEqual(figures(direct));
    const notApplicable = (c: Consolidation) => Object.keys(c.items).filter((code) => c.items[code]!.notApplicable);
    expect(notApplicable(twoLevels)).toEqual(expect.arrayContaining(notApplicable(direct)));
    // the rate-only items are weighted the same way at both levels
    expect(twoLevels.items['5.1']!.weight).toBe(direct.items['5.1']!.weight);
    expect(twoLevels.issues.filter((i) => i.code === 'UNWEIGHTED_MEAN')).toEqual([]);
  });
});
