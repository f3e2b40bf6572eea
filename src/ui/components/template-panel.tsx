import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles } from '@fluentui/react-components';
import type { UnitLevel } from '../../engine/form/schema';
import type { BieuHost } from '../host';
import type { UiEngine } from '../engine-api';
import { LEVEL_CHOICES, VI } from '../strings-vi';
import { describeError } from './describe-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '480px' },
});

export const TEMPLATE_FILE_NAME = 'bieu-so-lieu.xlsx';

/** "Biểu mẫu": the official form for a level and unit, inserted as a sheet (Excel) or downloaded (web). */
export function TemplatePanel({ host, engine }: { host: BieuHost; engine: UiEngine }): React.ReactElement {
  const styles = useStyles();
  const [level, setLevel] = React.useState<UnitLevel>('TH');
  const [unit, setUnit] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<{ ok: boolean; text: string } | null>(null);
  const web = host.kind === 'web';

  const insert = async (): Promise<void> => {
    setBusy(true);
    setResult(null);
    try {
      const layout = engine.buildTemplate({ level, unit: unit.trim() });
      const sheets = await host.writeWorkbookLayout(layout, 'current', TEMPLATE_FILE_NAME);
      setResult({ ok: true, text: web ? VI.template.downloaded(TEMPLATE_FILE_NAME) : VI.template.inserted(sheets) });
    } catch (e) {
      setResult({ ok: false, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text>{web ? VI.template.introWeb : VI.template.intro}</Text>
      <Field label={VI.template.level}>
        <Select value={level} onChange={(_e, d) => setLevel(d.value as UnitLevel)} data-testid="template-level">
          {LEVEL_CHOICES.map((c) => (
            <option key={c.level} value={c.level}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={VI.template.unit}>
        <Input value={unit} placeholder={VI.template.unitPlaceholder} onChange={(_e, d) => setUnit(d.value)} data-testid="template-unit" />
      </Field>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
          {web ? VI.template.download : VI.template.insert}
        </Button>
      </div>
      {result && (
        <MessageBar intent={result.ok ? 'success' : 'error'}>
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
