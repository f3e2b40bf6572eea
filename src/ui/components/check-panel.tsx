import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { Issue } from '../../engine/issues';
import type { FileReport } from '../../engine/report';
import type { BieuHost } from '../host';
import type { UiEngine } from '../engine-api';
import { groupIssues } from '../group-issues';
import { VI } from '../strings-vi';
import { IssueList } from './issue-list';
import { describeError } from './describe-error';
import { FilePicker } from './file-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  split: { display: 'flex', gap: '12px', alignItems: 'flex-start', flexWrap: 'wrap' },
  view: { flex: '2 1 480px', minWidth: 0 },
  side: { flex: '1 1 300px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
});

export interface CheckPanelProps {
  host: BieuHost;
  engine: UiEngine;
  /** The web page shows the opened workbook here (its grid view). */
  workbookView?: React.ReactNode;
}

/** "Kiểm tra": check the open workbook (or, on the web page, a file opened from disk), list and paint the issues. */
export function CheckPanel({ host, engine, workbookView }: CheckPanelProps): React.ReactElement {
  const styles = useStyles();
  const [report, setReport] = React.useState<FileReport | null>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [selected, setSelected] = React.useState<Issue | undefined>(undefined);
  const painted = React.useRef(false);
  const opensFiles = typeof host.openWorkbookFile === 'function';

  const runCheck = async (path: string): Promise<void> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const grid = await host.readActiveWorkbook();
      const next = engine.checkGrid(grid, path);
      if (painted.current) await host.clearFlags();
      const flagged = next.issues.filter((i) => i.cell);
      if (flagged.length) await host.paintFlags(flagged);
      painted.current = flagged.length > 0;
      setReport(next);
      setSelected(undefined);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (file: File): Promise<void> => {
    setError(null);
    try {
      await host.openWorkbookFile!(file);
      painted.current = false;
      setFileName(file.name);
      await runCheck(file.name);
    } catch (e) {
      setReport(null);
      setError(describeError(e));
    }
  };

  const activate = (issue: Issue): void => {
    setSelected(issue);
    if (issue.cell) host.selectCell(issue.cell).catch((e: unknown) => setError(describeError(e)));
  };

  const clear = async (): Promise<void> => {
    try {
      await host.clearFlags();
      painted.current = false;
      setSelected(undefined);
      setNotice(VI.check.cleared);
    } catch (e) {
      setError(describeError(e));
    }
  };

  const path = fileName ?? 'Bảng tính đang mở';
  const groups = React.useMemo(() => (report ? groupIssues(engine.form, report.issues) : []), [engine.form, report]);
  const errors = report?.issues.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (report?.issues.length ?? 0) - errors;

  const side = (
    <div className={styles.side}>
      {report && (
        <>
          <Text weight="semibold" data-testid="check-unit">
            {report.unit ? VI.check.unit(report.unit) : VI.check.unknownUnit}
          </Text>
          <Text data-testid="check-summary">{VI.check.summary(errors, warnings)}</Text>
          {report.issues.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{VI.check.noIssues}</MessageBarBody>
            </MessageBar>
          ) : (
            <IssueList groups={groups} selected={selected} onActivate={activate} />
          )}
        </>
      )}
    </div>
  );

  return (
    <div className={styles.root}>
      <Text>{opensFiles ? VI.check.introWeb : VI.check.intro}</Text>
      <div className={styles.buttons}>
        {opensFiles && (
          <FilePicker
            label={VI.check.open}
            accept=".xlsx,.xlsm"
            testId="check-file"
            primary
            chosen={fileName ?? undefined}
            onFiles={(files) => void openFile(files[0]!)}
          />
        )}
        {!opensFiles && (
          <Button appearance="primary" disabled={busy} onClick={() => void runCheck(path)}>
            {report ? VI.check.rerun : VI.check.run}
          </Button>
        )}
        {opensFiles && report && (
          <Button disabled={busy} onClick={() => void runCheck(path)}>
            {VI.check.rerun}
          </Button>
        )}
        <Button disabled={busy || !report} onClick={() => void clear()}>
          {VI.check.clear}
        </Button>
        {busy && <Spinner size="tiny" label={VI.check.running} />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {workbookView ? (
        <div className={styles.split}>
          <div className={styles.view}>{workbookView}</div>
          {side}
        </div>
      ) : (
        side
      )}
    </div>
  );
}
