import type { FormDefinition } from '../engine/form/schema';
import { QD131 } from '../engine/form/qd131';
import type { IssueCode } from '../engine/issues';
import { distribute } from './distribute';
import { buildFill, RATE_WORDS, type FillStyle, type SectionFill } from './form-fill';
import { formatCount, formatRate } from './number-style';
import { writeTeacherListWorkbook, truncate } from './other-workbooks';
import { createRng, type Rng } from './prng';
import { schoolFigures, type SchoolFigures } from './school-figures';
import { schoolNames, slug, unitName, type SchoolLevel } from './school-names';
import { LAYOUTS, writeSchoolWorkbook, type Layout } from './write-school-workbook';

/** An issue a generated file is known to carry. */
export interface PlantedIssue {
  code: IssueCode;
  item?: string;
}

export type FileRole = 'school' | 'resubmission' | 'corrupt' | 'not-form';

export interface GeneratedFile {
  fileName: string;
  bytes: Uint8Array;
  /** When the school saved it: the file's modification time. */
  modified: Date;
  role: FileRole;
  /** The unit and its figures as meant (null for files that are not a filled form). */
  school: SchoolFigures | null;
  layout: Layout | null;
  numberStyle: 'vi' | 'en' | null;
  nfd: boolean;
  /** Mistakes planted in this file, with the issue each must raise. */
  planted: PlantedIssue[];
  /** For a resubmission: the earlier file of the same unit. */
  supersedes?: string;
}

export interface District {
  seed: string;
  files: GeneratedFile[];
  /** Issues about several files (DUPLICATE_UNIT), by unit. */
  runIssues: Array<{ code: IssueCode; unit: string }>;
  /** District totals of the schools as meant (each school counted once). */
  totals: { schools: Record<SchoolLevel, number>; teachers: number; learners: Record<SchoolLevel, number> };
}

export interface DistrictOptions {
  seed?: string;
  form?: FormDefinition;
  /** Bắc Giang city, 2024 (seed 000). */
  schools?: Record<SchoolLevel, number>;
  teachers?: number;
  learners?: Record<SchoolLevel, number>;
  /** Satisfied learners/parents in 9.3, district-wide (Bắc Giang: 44.700). */
  satisfied?: number;
  agency?: string;
}

const BAC_GIANG = {
  schools: { MN: 22, TH: 16, THCS: 17 },
  teachers: 2023,
  learners: { MN: 12292, TH: 18852, THCS: 13596 },
  satisfied: 44700,
  agency: 'Phòng GD&ĐT thành phố Bắc Giang',
};

const LEVELS: SchoolLevel[] = ['MN', 'TH', 'THCS'];
const SHEET_NAMES = ['PL2', 'Biểu số liệu', 'Sheet1', 'Phụ lục 2', 'Biểu 131'];
const PRINCIPALS = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Thị Minh Hằng', 'Phạm Văn Đức', 'Hoàng Thị Thu', 'Đỗ Minh Tuấn', 'Vũ Thị Hạnh', 'Ngô Văn Long'];
/** Teachers per learner, roughly, by level (MN classes are small). */
const TEACHER_WEIGHT: Record<SchoolLevel, number> = { MN: 1 / 14, TH: 1 / 24, THCS: 1 / 33 };

interface SchoolPlan {
  figures: SchoolFigures;
  layout: Layout;
  style: FillStyle;
  nfd: boolean;
  index: number;
}

function planSchools(
  counts: Record<SchoolLevel, number>,
  teachersTotal: number,
  learners: Record<SchoolLevel, number>,
  unsatisfiedTotal: number,
  rng: Rng,
): SchoolPlan[] {
  const plans: SchoolPlan[] = [];
  const sizes: Array<{ level: SchoolLevel; name: string; learners: number }> = [];
  for (const level of LEVELS) {
    const names = schoolNames(level, counts[level], rng);
    const split = distribute(learners[level], counts[level], rng, 0.4);
    names.forEach((name, i) => sizes.push({ level, name, learners: split[i]! }));
  }
  // Teachers follow learners by level, then the exact district total is restored.
  const weights = sizes.map((s) => s.learners * TEACHER_WEIGHT[s.level]);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (teachersTotal * w) / weightSum);
  const teachers = exact.map(Math.floor);
  let left = teachersTotal - teachers.reduce((a, b) => a + b, 0);
  exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0])
    .forEach(([, i]) => {
      if (left-- > 0) teachers[i]! += 1;
    });
  // Unsatisfied learners/parents (9.3) are spread over about a dozen schools.
  const unsatisfied = sizes.map(() => 0);
  const step = Math.max(1, Math.floor(sizes.length / 12));
  for (let k = 0; k < unsatisfiedTotal; k++) unsatisfied[(rng.int(0, 11) * step) % sizes.length]! += 1;
  sizes.forEach((s, index) => {
    const unit = unitName(s.level, s.name);
    plans.push({
      figures: schoolFigures(s.level, unit, teachers[index]!, s.learners, Math.min(unsatisfied[index]!, s.learners), rng),
      layout: LAYOUTS[index % LAYOUTS.length]!,
      style: { numbers: rng.chance(0.8) ? 'vi' : 'en', rateWord: rng.pick(RATE_WORDS) },
      nfd: false,
      index,
    });
  });
  return plans;
}

function fileNameOf(unit: string, suffix = ''): string {
  return `${slug(unit)}${suffix}.xlsx`;
}

async function writePlan(plan: SchoolPlan, form: FormDefinition, agency: string, sections: SectionFill[], modified: Date, rng: Rng): Promise<Uint8Array> {
  return writeSchoolWorkbook({
    form,
    unit: plan.figures.unit,
    agency,
    layout: plan.layout,
    sections,
    sheetName: SHEET_NAMES[plan.index % SHEET_NAMES.length]!,
    topOffset: plan.index % 3 === 2 ? 1 : 0,
    headerVariant: plan.index % 7 === 3 ? 'bac-giang' : 'official',
    extraSheetFirst: plan.index % 9 === 4,
    nfd: plan.nfd,
    percentCells: plan.index % 2 === 0,
    numericStt: plan.index % 5 === 1,
    principal: rng.pick(PRINCIPALS),
    modified,
  });
}

/** Replaces one line of a section fill. */
function editLine(sections: SectionFill[], code: string, edit: (line: SectionFill['lines'][number]) => void): void {
  for (const s of sections) for (const l of s.lines) if (l.code === code) edit(l);
}

/** A submission date in early March 2024, minutes apart, so files have distinct modification times. */
const submittedAt = (i: number): Date => new Date(Date.UTC(2024, 2, 4, 1, 0, 0) + i * 37 * 60_000);

/**
 * The sample district: 55 schools of Bắc Giang city (seed 000) filled in the layouts schools use,
 * with a few planted mistakes whose issues are known, a school that sent twice, a corrupt file and a workbook
 * that is not the form. Deterministic for a seed.
 * generateDistrict().files.length === 58
 */
export async function generateDistrict(options: DistrictOptions = {}): Promise<District> {
  const seed = options.seed ?? '000';
  const form = options.form ?? QD131;
  const counts = options.schools ?? BAC_GIANG.schools;
  const learners = options.learners ?? BAC_GIANG.learners;
  const teachersTotal = options.teachers ?? BAC_GIANG.teachers;
  const agency = options.agency ?? BAC_GIANG.agency;
  const satisfied = options.satisfied ?? BAC_GIANG.satisfied;
  const rng = createRng(seed);
  const totalLearners = LEVELS.reduce((a, l) => a + learners[l], 0);

  const plans = planSchools(counts, teachersTotal, learners, Math.max(0, totalLearners - satisfied), rng);

  const byLayout = (level: SchoolLevel, layout: Layout, skip: number[] = []): SchoolPlan =>
    plans.find((p) => p.figures.level === level && p.layout === layout && !skip.includes(p.index)) ??
    plans.find((p) => p.figures.level === level && !skip.includes(p.index))!;

  // Two schools work on Macs: their text is NFD.
  for (const p of plans.filter((p) => p.index % 17 === 5)) p.nfd = true;

  const files: GeneratedFile[] = [];
  const push = (plan: SchoolPlan, bytes: Uint8Array, modified: Date, planted: PlantedIssue[], role: FileRole = 'school', fileName = fileNameOf(plan.figures.unit), supersedes?: string): void => {
    const file: GeneratedFile = {
      fileName,
      bytes,
      modified,
      role,
      school: plan.figures,
      layout: plan.layout,
      numberStyle: plan.style.numbers,
      nfd: plan.nfd,
      planted,
    };
    if (supersedes !== undefined) file.supersedes = supersedes;
    files.push(file);
  };

  // Planted mistakes, each in a school whose layout can carry it.
  const rateMismatch = byLayout('TH', 'cell-newlines');
  const notInteger = byLayout('TH', 'number-cells');
  const ambiguous = byLayout('THCS', 'row-per-blank');
  const missing = byLayout('MN', 'cell-dashes');
  const special = new Set([rateMismatch.index, notInteger.index, ambiguous.index, missing.index]);

  for (const plan of plans) {
    const sections = buildFill(form, plan.figures.items, plan.style);
    const modified = submittedAt(plan.index);
    const planted: PlantedIssue[] = [];
    if (!special.has(plan.index)) {
      push(plan, await writePlan(plan, form, agency, sections, modified, rng), modified, planted);
      continue;
    }
    const { style } = plan;
    if (plan === rateMismatch) {
      // "1.050/1.178, đạt tỉ lệ: 98,1%": count/total given, the rate's digits swapped.
      const t = plan.figures.items['3.3']!;
      const right = t.rate!;
      const swapped = Number(String(right).replace(/^(\d)(\d)/, '$2$1'));
      const wrong = Math.abs(swapped - right) >= 1 ? swapped : right - 9;
      const item = form.sections.flatMap((s) => s.items).find((i) => i.code === '3.3')!;
      editLine(sections, '3.3', (l) => {
        l.text = `- ${item.label}: ${formatCount(t.count!, style.numbers)}/${formatCount(t.population!, style.numbers)}, ${style.rateWord} ${formatRate(wrong, style.numbers)}%`;
      });
      const first = fileNameOf(plan.figures.unit);
      push(plan, await writePlan(plan, form, agency, sections, modified, rng), modified, [{ code: 'RATE_MISMATCH', item: '3.3' }]);
      // Told of the mistake, the school sent the corrected form again two days later.
      const fixed = buildFill(form, plan.figures.items, style);
      const later = new Date(modified.getTime() + 2 * 86_400_000);
      push(plan, await writePlan(plan, form, agency, fixed, later, rng), later, [], 'resubmission', fileNameOf(plan.figures.unit, '-gui-lai'), first);
      continue;
    }
    if (plan === notInteger) {
      // English-locale Excel: "1.234" typed in a number cell became the decimal 1.234.
      const n = plan.figures.items['8.2']!.count!;
      editLine(sections, '8.2', (l) => {
        l.countCell = n / 1000;
      });
      planted.push({ code: 'NOT_INTEGER', item: '8.2' });
    } else if (plan === ambiguous) {
      // The colon after "mức độ 3 và 4" is missing, as in Bắc Giang's own table: 12 or 412?
      const s9 = sections.find((s) => s.stt === '9')!;
      const line = { code: '9.2', text: `- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 412, ${style.rateWord} 100%`, labelText: '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4', countCell: 12, rateCell: 100 };
      s9.lines.unshift(line);
      planted.push({ code: 'AMBIGUOUS_NUMBER', item: '9.2' });
    } else if (plan === missing) {
      // 1.3 left as issued: "..... tỉ lệ: ...%".
      const item = form.sections.flatMap((s) => s.items).find((i) => i.code === '1.3')!;
      editLine(sections, '1.3', (l) => {
        l.text = item.blank;
        l.countCell = null;
        l.rateCell = null;
      });
      planted.push({ code: 'MISSING_VALUE', item: '1.3' });
    }
    push(plan, await writePlan(plan, form, agency, sections, modified, rng), modified, planted);
  }

  // A file broken in transfer, and a workbook that is not the form at all.
  const donor = files[files.length - 1]!;
  files.push({ ...baseExtra(), fileName: 'bieu-so-lieu-bi-loi.xlsx', bytes: truncate(donor.bytes), modified: submittedAt(plans.length + 1), role: 'corrupt', planted: [{ code: 'UNREADABLE_FILE' }] });
  files.push({
    ...baseExtra(),
    fileName: 'danh-sach-giao-vien.xlsx',
    bytes: await writeTeacherListWorkbook(submittedAt(plans.length + 2)),
    modified: submittedAt(plans.length + 2),
    role: 'not-form',
    planted: [{ code: 'TEMPLATE_MISMATCH' }],
  });

  files.sort((a, b) => a.fileName.localeCompare(b.fileName));
  return {
    seed,
    files,
    runIssues: [{ code: 'DUPLICATE_UNIT', unit: rateMismatch.figures.unit }],
    totals: { schools: { ...counts }, teachers: teachersTotal, learners: { ...learners } },
  };
}

function baseExtra(): Pick<GeneratedFile, 'school' | 'layout' | 'numberStyle' | 'nfd'> {
  return { school: null, layout: null, numberStyle: null, nfd: false };
}

/**
 * `n` clean school workbooks in the same shapes (for benchmarks): levels in Lào Cai-like proportions, sizes vary.
 * Deterministic for a seed.
 */
export async function generateSchools(n: number, seed: string | number = 'bench'): Promise<GeneratedFile[]> {
  const rng = createRng(seed);
  const counts: Record<SchoolLevel, number> = { MN: Math.round(n * 0.4), TH: Math.round(n * 0.3), THCS: 0 };
  counts.THCS = n - counts.MN - counts.TH;
  const learners: Record<SchoolLevel, number> = { MN: counts.MN * 280, TH: counts.TH * 520, THCS: counts.THCS * 430 };
  const teachers = Math.round(counts.MN * 22 + counts.TH * 24 + counts.THCS * 20);
  const plans = planSchools(counts, teachers, learners, Math.round(n * 2), rng);
  const files: GeneratedFile[] = [];
  for (const plan of plans) {
    plan.nfd = plan.index % 17 === 5;
    const modified = submittedAt(plan.index);
    const sections = buildFill(QD131, plan.figures.items, plan.style);
    const bytes = await writePlan(plan, QD131, 'Sở GD&ĐT tỉnh Lào Cai', sections, modified, rng);
    files.push({ fileName: `${String(plan.index + 1).padStart(4, '0')}-${fileNameOf(plan.figures.unit)}`, bytes, modified, role: 'school', school: plan.figures, layout: plan.layout, numberStyle: plan.style.numbers, nfd: plan.nfd, planted: [] });
  }
  return files;
}
