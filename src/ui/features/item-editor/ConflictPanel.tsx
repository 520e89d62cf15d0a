import { Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import type { EditField } from '../../../core/item-edit';
import type { PersonRef } from '../../../core/model';
import { ragLabel, type Rag } from '../../../core/rag';
import { formatInstant } from '../../shared/format';
import { useItemEditorStyles } from './ItemEditor.styles';
import { FIELD_LABELS } from './form-values';
import type { ConflictState } from './useItemEditor';

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '(empty)';
  }
  if (field === 'rag') {
    return ragLabel(value as Rag);
  }
  if (field === 'owner') {
    return (value as PersonRef).displayName;
  }
  return String(value);
}

export type ConflictPanelProps = Readonly<{
  conflict: ConflictState;
  onChoose: (field: EditField, choice: 'mine' | 'theirs') => void;
}>;

/** Fields both people changed, side by side; the user keeps one version of each. */
export function ConflictPanel({ conflict, onChoose }: ConflictPanelProps) {
  const styles = useItemEditorStyles();
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading" data-testid="conflict-panel">
      <Subtitle2 as="h3" id="conflict-heading">
        Changed by both of you
      </Subtitle2>
      <Text>Their version was saved {formatInstant(conflict.theirs.modified)}. Nothing is lost until you choose.</Text>
      {conflict.conflicts.map((c) => {
        const field = c.field as EditField;
        const label = FIELD_LABELS[field];
        return (
          <div key={field} role="group" aria-labelledby={`conflict-${field}`}>
            <Text id={`conflict-${field}`} weight="semibold">
              {label}
            </Text>
            <div className={styles.sideBySide}>
              <div>
                <Text size={200}>Yours</Text>
                <div className={styles.version} data-testid={`mine-${field}`}>
                  {show(field, c.mine)}
                </div>
              </div>
              <div>
                <Text size={200}>Theirs</Text>
                <div className={styles.version} data-testid={`theirs-${field}`}>
                  {show(field, c.theirs)}
                </div>
              </div>
            </div>
            <RadioGroup
              layout="horizontal"
              aria-label={`Keep which ${label}?`}
              value={conflict.choices[field] ?? ''}
              onChange={(_e, data) => onChoose(field, data.value as 'mine' | 'theirs')}
            >
              <Radio value="mine" label="Keep mine" />
              <Radio value="theirs" label="Keep theirs" />
            </RadioGroup>
          </div>
        );
      })}
    </section>
  );
}
