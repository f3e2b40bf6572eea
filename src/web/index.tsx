import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/app';
import { DEFAULT_ENGINE } from '../ui/default-engine';
import { GridView } from '../ui/grid/grid-view';
import { createConsolidationRunner, workerUrlBesidePage } from '../ui/workers/create-runner';
import { createWebHost, workerRenderer } from './web-host';

/** The standalone page: the task pane over workbooks opened from disk. No Office, no network. */
const host = createWebHost({ render: workerRenderer(new URL('render-worker.js', document.baseURI)) });
const runner = createConsolidationRunner(workerUrlBesidePage(), async () => (await import('../ui/workers/job-engine')).JOB_ENGINE);

createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <App host={host} engine={DEFAULT_ENGINE} runner={runner} workbookView={<GridView store={host.view} />} />
  </React.StrictMode>,
);
