export { consolidate } from './consolidate';
export { consolidationJson, type ConsolidationJson } from './to-json';
export { buildConsolidatedLayout, consolidatedLayout } from './layout/build-consolidated-layout';
export * from './types';
export { consolidationSummary } from './summary-text';
