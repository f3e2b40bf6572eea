import * as React from 'react';
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  type BadgeProps,
} from '@fluentui/react-components';
import type { FileRow, FileStatus } from '../engine-api';
import { VI } from '../strings-vi';

const STATUS_COLOR: Record<FileStatus, NonNullable<BadgeProps['color']>> = {
  valid: 'success',
  errors: 'danger',
  rejected: 'severe',
  duplicate: 'warning',
  excluded: 'informative',
};

const useStyles = makeStyles({
  scroller: { maxHeight: '50vh', overflow: 'auto' },
  counts: { display: 'flex', gap: '6px', flexWrap: 'wrap', marginBottom: '6px' },
  number: { textAlign: 'right', width: '64px' },
  reason: { display: 'block', fontSize: '11px', opacity: 0.8 },
});

const Row = React.memo(function Row({ row }: { row: FileRow }): React.ReactElement {
  const styles = useStyles();
  return (
    <TableRow data-file={row.name} data-status={row.status}>
      <TableCell>{row.name}</TableCell>
      <TableCell>{row.unit ?? '—'}</TableCell>
      <TableCell>
        <Badge appearance="tint" color={STATUS_COLOR[row.status]}>
          {VI.status[row.status]}
        </Badge>
        {row.reason && <span className={styles.reason}>{row.reason}</span>}
      </TableCell>
      <TableCell className={styles.number}>{row.errors}</TableCell>
    </TableRow>
  );
});

/** The received files as checked so far: file, unit, status, number of errors. */
export function FileTable({ rows }: { rows: readonly FileRow[] }): React.ReactElement {
  const styles = useStyles();
  const counts = new Map<FileStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return (
    <div>
      <div className={styles.counts} data-testid="status-counts">
        {(Object.keys(STATUS_COLOR) as FileStatus[])
          .filter((s) => counts.get(s))
          .map((s) => (
            <Badge key={s} appearance="filled" color={STATUS_COLOR[s]} data-status-count={s}>
              {VI.status[s]}: {counts.get(s)}
            </Badge>
          ))}
      </div>
      <div className={styles.scroller}>
        <Table size="small" aria-label={VI.consolidate.tableLabel} data-testid="file-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{VI.consolidate.columns.file}</TableHeaderCell>
              <TableHeaderCell>{VI.consolidate.columns.unit}</TableHeaderCell>
              <TableHeaderCell>{VI.consolidate.columns.status}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{VI.consolidate.columns.errors}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <Row key={row.index} row={row} />
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
