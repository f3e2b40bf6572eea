import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../ui/app';
import { DEFAULT_ENGINE } from '../../ui/default-engine';
import { createConsolidationRunner, workerUrlBesidePage } from '../../ui/workers/create-runner';
import { createExcelHost } from '../excel-host';

/** The add-in's task pane: the shared App over the Excel host. */
Office.onReady(() => {
  const host = createExcelHost();
  const runner = createConsolidationRunner(workerUrlBesidePage(), async () => (await import('../../ui/workers/job-engine')).JOB_ENGINE);
  createRoot(document.getElementById('root')!).render(
    <React.StrictMode>
      <App host={host} engine={DEFAULT_ENGINE} runner={runner} />
    </React.StrictMode>,
  );
});
