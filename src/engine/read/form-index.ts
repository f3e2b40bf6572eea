import { formItems, type FormDefinition, type ItemDefinition, type PopulationDefinition, type SectionDefinition } from '../form/schema';
import { labelWords } from '../text/fold';

/** A label (or alias) of an item, folded to words. */
export interface LabelPattern {
  code: string;
  words: string[];
}

export interface SectionIndex {
  section: SectionDefinition;
  /** Folded words of the section label ("Nội dung triển khai"). */
  labelWords: Set<string>;
  labelLength: number;
  /** Item labels and aliases of this section, longest first. */
  patterns: LabelPattern[];
}

export interface PopulationIndex {
  population: PopulationDefinition;
  patterns: string[][];
}

/** Everything the readers match against, folded once per form. */
export interface FormIndex {
  form: FormDefinition;
  sections: SectionIndex[];
  /** For each folded word, the sections whose label has it (indexes into `sections`). */
  sectionsByWord: Map<string, number[]>;
  /** Words in the longest section label. */
  longestSectionLabel: number;
  populations: PopulationIndex[];
  titleMarkers: string[];
  items: Map<string, ItemDefinition>;
  /** Form order of each item code. */
  order: Map<string, number>;
}

const cache = new WeakMap<FormDefinition, FormIndex>();

/** The form's folded labels, computed once per form definition. */
export function formIndex(form: FormDefinition): FormIndex {
  const cached = cache.get(form);
  if (cached) return cached;
  const sections = form.sections.map((section): SectionIndex => {
    const words = labelWords(section.label);
    const patterns: LabelPattern[] = [];
    for (const item of section.items)
      for (const text of [item.label, ...item.aliases]) patterns.push({ code: item.code, words: labelWords(text) });
    patterns.sort((a, b) => b.words.length - a.words.length);
    return { section, labelWords: new Set(words), labelLength: words.length, patterns };
  });
  const populations = form.populations.map((population) => ({
    population,
    patterns: [population.label, ...population.aliases].map(labelWords).sort((a, b) => b.length - a.length),
  }));
  const items = new Map<string, ItemDefinition>();
  const order = new Map<string, number>();
  formItems(form).forEach((item, i) => {
    items.set(item.code, item);
    order.set(item.code, i);
  });
  const sectionsByWord = new Map<string, number[]>();
  sections.forEach((s, i) => {
    for (const w of s.labelWords) {
      const list = sectionsByWord.get(w) ?? [];
      list.push(i);
      sectionsByWord.set(w, list);
    }
  });
  const index: FormIndex = {
    form,
    sections,
    sectionsByWord,
    longestSectionLabel: Math.max(...sections.map((s) => s.labelLength)),
    populations,
    titleMarkers: form.titleMarkers.map((m) => labelWords(m).join(' ')),
    items,
    order,
  };
  cache.set(form, index);
  return index;
}
