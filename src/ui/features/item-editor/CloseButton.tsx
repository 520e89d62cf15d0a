import { Button } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';

/** The editor's close control, at its top corner where a dialog's close is expected. */
export function CloseButton({ onClose }: { onClose: () => void }) {
  return <Button appearance="subtle" icon={<Dismiss24Regular />} aria-label="Close" onClick={onClose} style={{ marginInlineStart: 'auto' }} />;
}
