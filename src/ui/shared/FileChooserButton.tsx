import { Button, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  // the browser's own file box stays in the page (it is what opens the chooser and holds the
  // file) but out of sight and out of the tab order: the Fluent button in front of it is the control
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
  },
});

export type FileChooserButtonProps = Readonly<{
  /** the button's words, which name it ("Choose a CSV or Excel file") */
  label: string;
  accept: string;
  /** the name of the file chosen, shown beside the button; null for none yet */
  chosen: string | null;
  onChoose: (file: File | null) => void;
  disabled?: boolean;
}>;

/**
 * A Fluent button that opens the file chooser (Enter or Space, or a click), with the chosen
 * file's name beside it, instead of the browser's plain "Choose file" box, which looks foreign
 * in a Teams tab and says the file name in the browser's words. The name is the button's
 * description, so a screen reader hears which file is chosen.
 */
export function FileChooserButton({ label, accept, chosen, onChoose, disabled }: FileChooserButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosenId = useId('file-chosen');
  return (
    <div className={styles.row}>
      <Button icon={<DocumentArrowUpRegular />} aria-describedby={chosenId} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Text id={chosenId} data-testid="file-chosen">
        {chosen === null ? 'No file chosen' : `Chosen: ${chosen}`}
      </Text>
      <input
        ref={input}
        type="file"
        accept={accept}
        className={styles.hidden}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          onChoose(e.currentTarget.files?.[0] ?? null);
          // the same file chosen again (fixed and saved under its old name) is a new choice
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}
