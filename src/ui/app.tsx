import * as React from 'react';
import { FluentProvider, Tab, TabList, Title3, makeStyles, webLightTheme } from '@fluentui/react-components';
import type { BieuHost } from './host';
import type { ConsolidationRunner, UiEngine } from './engine-api';
import { VI } from './strings-vi';
import { TemplatePanel } from './components/template-panel';
import { CheckPanel } from './components/check-panel';
import { ConsolidatePanel } from './components/consolidate-panel';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '12px', minHeight: '100vh', boxSizing: 'border-box' },
  panel: { paddingTop: '4px' },
});

export type TabId = 'template' | 'check' | 'consolidate';

export interface AppProps {
  host: BieuHost;
  engine: UiEngine;
  runner: ConsolidationRunner;
  /** The web page's view of the opened workbook, shown in "Kiểm tra". */
  workbookView?: React.ReactNode;
  initialTab?: TabId;
}

/** The task pane: Biểu mẫu, Kiểm tra, Tổng hợp. The same in Excel and on the web page; only the host differs. */
export function App({ host, engine, runner, workbookView, initialTab = 'template' }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>(initialTab);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{VI.appTitle}</Title3>
        <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} aria-label={VI.appTitle}>
          <Tab value="template">{VI.tabs.template}</Tab>
          <Tab value="check">{VI.tabs.check}</Tab>
          <Tab value="consolidate">{VI.tabs.consolidate}</Tab>
        </TabList>
        {/* Panels stay mounted so a running consolidation or a checked workbook survives switching tabs. */}
        <div role="tabpanel" aria-label={VI.tabs.template} hidden={tab !== 'template'} className={styles.panel}>
          <TemplatePanel host={host} engine={engine} />
        </div>
        <div role="tabpanel" aria-label={VI.tabs.check} hidden={tab !== 'check'} className={styles.panel}>
          <CheckPanel host={host} engine={engine} {...(workbookView ? { workbookView } : {})} />
        </div>
        <div role="tabpanel" aria-label={VI.tabs.consolidate} hidden={tab !== 'consolidate'} className={styles.panel}>
          <ConsolidatePanel host={host} runner={runner} />
        </div>
      </main>
    </FluentProvider>
  );
}
