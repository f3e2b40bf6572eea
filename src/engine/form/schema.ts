import { z } from 'zod';

/** Unit levels a form can be filled at. Universities and colleges are "dh". */
export const UNIT_LEVELS = ['MN', 'TH', 'THCS', 'THPT', 'phong', 'so', 'dh'] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

/**
 * What a blank holds:
 * - countRate: a count and the rate it makes of a population ("2.023, đạt tỉ lệ: 100%");
 * - rate: a rate alone ("chiếm 28%");
 * - countNames: a count with the names it counts ("3 (Zoom, K12Online, VNEdu)");
 * - yesNo: "Có" / "Không".
 */
export const valueKindSchema = z.enum(['countRate', 'rate', 'countNames', 'yesNo']);
export type ValueKind = z.infer<typeof valueKindSchema>;

/**
 * How an item consolidates:
 * - sum: counts and populations are summed, the rate is recomputed from the sums;
 * - weightedRate: rates are averaged weighted by `weightPopulation`;
 * - nameSet: names merge as a set, the count is the size of the set.
 */
export const aggregationSchema = z.enum(['sum', 'weightedRate', 'nameSet']);
export type Aggregation = z.infer<typeof aggregationSchema>;

export const populationSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** As asked on a form: "Tổng số giáo viên". */
  label: z.string().min(1),
  /** Other ways people write it (matched after folding). */
  aliases: z.array(z.string()).default([]),
  /** When set, this population equals the sum of these (SUM_MISMATCH otherwise). */
  sumOf: z.array(z.string()).optional(),
  /** This population is at least as large as each of these (they are contained in it). */
  contains: z.array(z.string()).default([]),
  /** Levels whose form asks for it in the "Số liệu chung" block. */
  levels: z.array(unitLevelSchema).min(1),
});
export type PopulationDefinition = z.infer<typeof populationSchema>;

export const itemSchema = z.object({
  /** Stable code "STT.n". */
  code: z.string().regex(/^\d+\.\d+$/),
  /** The text before the blank, exactly as issued. */
  label: z.string().min(1),
  /** Other wordings seen in filled forms (matched after folding). */
  aliases: z.array(z.string()).default([]),
  /** The blank as printed on the issued form, e.g. "- Tổng số giáo viên có máy tính: .đạt tỉ lệ: ...%". */
  blank: z.string().min(1),
  /** Short name for columns and summaries. */
  shortLabel: z.string().min(1),
  kind: valueKindSchema,
  /** Population id the rate is taken of; null when the item has none. */
  population: z.string().nullable(),
  /** Levels the item applies to; elsewhere it is "Không áp dụng". */
  levels: z.array(unitLevelSchema).min(1),
  /** Optional items ("Nếu có") may be left out or answered "Không". */
  optional: z.boolean(),
  aggregation: aggregationSchema,
  /** For weightedRate: the population whose sizes weight the average. */
  weightPopulation: z.string().optional(),
});
export type ItemDefinition = z.infer<typeof itemSchema>;

export const sectionSchema = z.object({
  /** "1" .. "9" */
  stt: z.string().regex(/^\d+$/),
  /** Column "Nội dung triển khai", exactly as issued (footnote marks removed). */
  label: z.string().min(1),
  /** Footnote number attached to the label, if any. */
  footnote: z.number().int().optional(),
  /** "Nếu có," printed before the blanks. */
  ifAny: z.boolean(),
  items: z.array(itemSchema).min(1),
});
export type SectionDefinition = z.infer<typeof sectionSchema>;

export const formSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    /** Title lines as issued. */
    title: z.array(z.string()).min(1),
    /** Folded phrases that identify the form in a workbook (any one suffices). */
    titleMarkers: z.array(z.string()).min(1),
    attachmentLine: z.string(),
    columns: z.tuple([z.string(), z.string(), z.string()]),
    footnotes: z.array(z.string()),
    populations: z.array(populationSchema),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((form, ctx) => {
    const populationIds = new Set(form.populations.map((p) => p.id));
    const codes = new Set<string>();
    for (const section of form.sections) {
      for (const item of section.items) {
        if (codes.has(item.code)) ctx.addIssue({ code: 'custom', message: `duplicate item code ${item.code}` });
        codes.add(item.code);
        if (!item.code.startsWith(`${section.stt}.`))
          ctx.addIssue({ code: 'custom', message: `item ${item.code} is not in section ${section.stt}` });
        for (const p of [item.population, item.weightPopulation])
          if (p && !populationIds.has(p)) ctx.addIssue({ code: 'custom', message: `item ${item.code}: unknown population ${p}` });
        if (item.aggregation === 'weightedRate' && !item.weightPopulation)
          ctx.addIssue({ code: 'custom', message: `item ${item.code}: weightedRate needs weightPopulation` });
      }
    }
    for (const p of form.populations)
      for (const ref of [...(p.sumOf ?? []), ...p.contains])
        if (!populationIds.has(ref)) ctx.addIssue({ code: 'custom', message: `population ${p.id}: unknown population ${ref}` });
  });
export type FormDefinition = z.infer<typeof formSchema>;

/** All items of a form in order. */
export const formItems = (form: FormDefinition): ItemDefinition[] => form.sections.flatMap((s) => s.items);
