import * as React from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../engine/issues';
import { SEVERITY_VI } from '../../engine/messages';
import type { IssueGroup } from '../group-issues';
import { VI } from '../strings-vi';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '8px', margin: 0, padding: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: '4px' },
  header: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
  issue: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '1px' },
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  meta: { display: 'flex', gap: '6px', alignItems: 'center', color: tokens.colorNeutralForeground3 },
});

export interface IssueListProps {
  groups: readonly IssueGroup[];
  selected: Issue | undefined;
  onActivate(issue: Issue): void;
}

/**
 * Issues grouped by item. Each issue is a button: click, Enter or Space goes to its cell;
 * ↑/↓ move between issues.
 */
export function IssueList({ groups, selected, onActivate }: IssueListProps): React.ReactElement {
  const styles = useStyles();
  const listRef = React.useRef<HTMLDivElement>(null);

  const moveFocus = (from: HTMLElement, step: number): void => {
    const all = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-issue]') ?? []);
    const next = all[all.indexOf(from) + step];
    next?.focus();
  };

  return (
    <div ref={listRef} className={styles.list} role="list" aria-label={VI.check.listLabel}>
      {groups.map((group) => (
        <section key={group.key || '-'} className={styles.group} role="listitem" aria-label={groupTitle(group)} data-group={group.key}>
          <div className={styles.header}>
            <Text weight="semibold">{groupTitle(group)}</Text>
            {group.kind === 'item' && group.label && <Text size={200}>{group.label}</Text>}
            {group.errors > 0 && (
              <Badge appearance="filled" color="danger" size="small">
                {group.errors} {SEVERITY_VI.error.toLowerCase()}
              </Badge>
            )}
            {group.warnings > 0 && (
              <Badge appearance="filled" color="warning" size="small">
                {group.warnings} {SEVERITY_VI.warning.toLowerCase()}
              </Badge>
            )}
          </div>
          {group.issues.map((issue, i) => (
            <div
              key={`${issue.code}-${issue.cell ?? ''}-${i}`}
              data-issue={issue.code}
              data-cell={issue.cell ?? ''}
              role="button"
              tabIndex={0}
              aria-pressed={issue === selected}
              className={issue === selected ? `${styles.issue} ${styles.selected}` : styles.issue}
              onClick={() => onActivate(issue)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onActivate(issue);
                } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
                }
              }}
            >
              <div className={styles.meta}>
                <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'} size="small">
                  {SEVERITY_VI[issue.severity]}
                </Badge>
                <Text size={200} font="monospace">
                  {issue.code}
                </Text>
                {issue.cell && <Text size={200}>{VI.check.cellHint(issue.cell)}</Text>}
              </div>
              <Text size={300}>{issue.message}</Text>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function groupTitle(group: IssueGroup): string {
  if (group.kind === 'file') return VI.check.fileLevel;
  if (group.kind === 'item') return VI.check.item(group.key);
  return group.label ?? group.key;
}
