import type { IsoDate } from '../../../core/dates';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import { HighlightForm } from './HighlightForm';
import { useHighlightForm } from './useHighlightForm';

export type WorkstreamUpdateProps = Readonly<{
  client: TrackerClient;
  id: ItemId;
  /** the workstream's name, for the form's accessible name */
  label: string;
  user: string;
  /** the report date offered first */
  today: IsoDate;
  onSaved: () => void;
}>;

/** The item editor's form for a workstream: its highlight report (see HighlightForm). */
export function WorkstreamUpdate({ client, id, label, user, today, onSaved }: WorkstreamUpdateProps) {
  const state = useHighlightForm(client, id, user, today, onSaved);
  return <HighlightForm state={state} label={label} />;
}
