import { Switch } from '@fluentui/react-components';

/**
 * The switch that shows each item's long text under its row; the screen places it beside its
 * count. Its own file, so the first screen (My items has no such switch) does not load Switch.
 */
export function DetailSwitch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return <Switch label={label} checked={checked} onChange={(_e, d) => onChange(d.checked)} />;
}
