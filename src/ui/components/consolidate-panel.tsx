import * as React from 'react';
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { BieuHost } from '../host';
import type { ConsolidationOutcome, ConsolidationRunner, FileRow, ReceivedFile } from '../engine-api';
import { VI } from '../strings-vi';
import { bytesToBase64, yieldToUi } from '../base64';
import { FileTable } from './file-table';
import { describeError } from './describe-error';
import { FilePicker } from './file-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

export const CONSOLIDATED_FILE_NAME = 'tong-hop.xlsx';
/** How often the table is refreshed while files are read: often enough to look live, rarely enough to stay cheap. */
const REFRESH_MS = 150;

export interface ConsolidatePanelProps {
  host: BieuHost;
  runner: ConsolidationRunner;
}

/** "Tổng hợp": check every received workbook (off the UI thread), then write the consolidated sheets. */
export function ConsolidatePanel({ host, runner }: ConsolidatePanelProps): React.ReactElement {
  const styles = useStyles();
  const [files, setFiles] = React.useState<File[]>([]);
  const [unitList, setUnitList] = React.useState<File | undefined>(undefined);
  const [excludeErrors, setExcludeErrors] = React.useState(false);
  const [copySheets, setCopySheets] = React.useState(false);
  const [target, setTarget] = React.useState<'current' | 'new'>('new');
  const [rows, setRows] = React.useState<readonly FileRow[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = React.useState<ConsolidationOutcome | null>(null);
  const [running, setRunning] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [messages, setMessages] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const runId = React.useRef(0);
  const canCopy = host.capabilities().insertSheets && typeof host.insertSheetsFromFiles === 'function';

  const start = (picked: readonly File[], list: File | undefined, exclude: boolean): void => {
    if (running) runner.cancel();
    const id = ++runId.current;
    setOutcome(null);
    setMessages([]);
    setError(null);
    if (picked.length === 0) {
      setRows([]);
      setProgress(null);
      setRunning(false);
      return;
    }
    const live: FileRow[] = [];
    let lastRefresh = 0;
    setRows([]);
    setProgress({ done: 0, total: picked.length });
    setRunning(true);
    const request = { files: picked as readonly ReceivedFile[], excludeErrors: exclude, ...(list ? { unitList: list } : {}) };
    runner
      .run(request, (p) => {
        if (id !== runId.current) return;
        live.push(...p.rows);
        const now = Date.now();
        if (now - lastRefresh >= REFRESH_MS || p.done === p.total) {
          lastRefresh = now;
          setRows(live.slice());
          setProgress({ done: p.done, total: p.total });
        }
      })
      .then((result) => {
        if (id !== runId.current) return;
        setOutcome(result);
        setRows(result.rows);
        setProgress({ done: result.rows.length, total: result.rows.length });
        const notes = [VI.consolidate.done(result.included, result.seconds)];
        if (result.missing.length) notes.push(VI.consolidate.missing(result.missing));
        setMessages(notes);
      })
      .catch((e: unknown) => {
        if (id === runId.current) setError(describeError(e));
      })
      .finally(() => {
        if (id === runId.current) setRunning(false);
      });
  };

  const write = async (): Promise<void> => {
    if (!outcome) return;
    setWriting(true);
    setError(null);
    try {
      const sheets = await host.writeWorkbookLayout(outcome.layout, host.kind === 'web' ? 'new' : target, CONSOLIDATED_FILE_NAME);
      const notes = [...messages, VI.consolidate.written(sheets)];
      if (canCopy && copySheets) {
        const counted = outcome.rows.filter((r) => r.status === 'valid' || r.status === 'errors');
        const payload: Array<{ name: string; base64: string }> = [];
        for (const row of counted) {
          const file = files[row.index];
          if (!file) continue;
          payload.push({ name: row.unit ?? file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
          await yieldToUi();
        }
        const copied = await host.insertSheetsFromFiles!(payload);
        notes.push(VI.consolidate.copied(copied.length));
      }
      setMessages(notes);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setWriting(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text>{VI.consolidate.intro}</Text>
      <Field label={VI.consolidate.files}>
        <FilePicker
          label={VI.consolidate.pickFiles}
          accept=".xlsx,.xlsm,.xls"
          multiple
          primary
          testId="consolidate-files"
          chosen={files.length ? VI.consolidate.selected(files.length) : undefined}
          onFiles={(picked) => {
            setFiles(picked);
            start(picked, unitList, excludeErrors);
          }}
        />
      </Field>
      <Field label={VI.consolidate.unitList}>
        <FilePicker
          label={VI.consolidate.pickUnitList}
          accept=".xlsx,.csv"
          testId="consolidate-units"
          chosen={unitList?.name}
          onFiles={([list]) => {
            setUnitList(list);
            if (files.length) start(files, list, excludeErrors);
          }}
        />
      </Field>
      <Checkbox
        label={VI.consolidate.excludeErrors}
        checked={excludeErrors}
        onChange={(_e, d) => {
          const exclude = d.checked === true;
          setExcludeErrors(exclude);
          if (files.length) start(files, unitList, exclude);
        }}
      />
      {canCopy && <Checkbox label={VI.consolidate.copySheets} checked={copySheets} onChange={(_e, d) => setCopySheets(d.checked === true)} />}
      {host.kind === 'excel' && (
        <Field label={VI.consolidate.target}>
          <RadioGroup layout="horizontal" value={target} onChange={(_e, d) => setTarget(d.value as 'current' | 'new')}>
            <Radio value="new" label={VI.consolidate.targetNew} />
            <Radio value="current" label={VI.consolidate.targetCurrent} />
          </RadioGroup>
        </Field>
      )}
      {progress && (
        <Field validationMessage={VI.consolidate.progress(progress.done, progress.total)} validationState="none">
          <ProgressBar
            value={progress.total ? progress.done / progress.total : 0}
            data-testid="consolidate-progress"
            data-done={progress.done}
            data-total={progress.total}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!outcome || running || writing} onClick={() => void write()}>
          {VI.consolidate.run}
        </Button>
        {running && (
          <Button
            onClick={() => {
              runId.current++;
              runner.cancel();
              setRunning(false);
            }}
          >
            {VI.consolidate.cancel}
          </Button>
        )}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {messages.map((m) => (
        <MessageBar key={m} intent="success">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
      {rows.length > 0 && <FileTable rows={rows} />}
    </div>
  );
}
