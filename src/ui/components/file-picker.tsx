import * as React from 'react';
import { Button, Text, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  // Hidden from sight, not from the page: tests and assistive tools still reach it.
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', clipPath: 'inset(50%)' },
});

export interface FilePickerProps {
  /** Button text, e.g. "Mở tệp Excel". */
  label: string;
  accept: string;
  multiple?: boolean;
  testId: string;
  /** What was chosen, shown beside the button ("Đã chọn 55 tệp"). */
  chosen?: string | undefined;
  primary?: boolean;
  onFiles(files: File[]): void;
}

/** A file input behind a Vietnamese button (the browser's own "Choose File" follows the browser's language). */
export function FilePicker({ label, accept, multiple = false, testId, chosen, primary = false, onFiles }: FilePickerProps): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <span className={styles.root}>
      <Button appearance={primary ? 'primary' : 'secondary'} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        aria-label={label}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Picking the same file again must fire change again ("Kiểm tra lại" after a fix on disk).
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
      {chosen && <Text>{chosen}</Text>}
    </span>
  );
}
