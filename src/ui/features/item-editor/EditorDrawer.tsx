import { OverlayDrawer, DrawerBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  /** wide enough for the form beside the list; the whole width on a phone */
  drawer: {
    width: 'min(640px, 100vw)',
    '@media (max-width: 640px)': { width: '100vw' },
  },
  body: { paddingBlock: tokens.spacingVerticalL },
});

export type EditorDrawerProps = Readonly<{
  onClose: () => void;
  /** the id of the editor's heading, which names the dialog */
  labelledBy: string;
  children: ReactNode;
}>;

/**
 * The item editor as a modal drawer at the window's edge: always in view however far down the
 * list the item was, focus trapped inside while it is open (Escape closes it), and the list
 * keeps its full width underneath.
 */
export function EditorDrawer({ onClose, labelledBy, children }: EditorDrawerProps) {
  const styles = useStyles();
  return (
    <OverlayDrawer
      open
      position="end"
      className={styles.drawer}
      aria-labelledby={labelledBy}
      onOpenChange={(_e, data) => {
        if (!data.open) {
          onClose();
        }
      }}
      data-testid="editor-drawer"
    >
      <DrawerBody className={styles.body}>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
