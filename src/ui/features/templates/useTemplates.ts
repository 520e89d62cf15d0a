/** State for adopting toolkit lines: the toolkit, the plan objectives, the choices, adopting. */
import { useCallback, useState } from 'react';
import { parseDue } from '../../../core/due-date';
import type { ItemId, PersonRef } from '../../../core/model';
import type { PlanDetail } from '../../../core/plan-view';
import type { AdoptResult, TemplateTheme } from '../../../core/template-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export type TemplatesState = Readonly<{
  themes: Loadable<readonly TemplateTheme[]>;
  plan: Loadable<PlanDetail | null>;
  selected: ReadonlySet<number>;
  objectiveId: ItemId | null;
  owner: PersonRef | null;
  dueText: string;
  dueError: string | null;
  busy: boolean;
  result: AdoptResult | null;
  error: string | null;
  toggle: (id: number) => void;
  setObjective: (id: ItemId | null) => void;
  setOwner: (owner: PersonRef | null) => void;
  setDueText: (text: string) => void;
  adopt: () => Promise<void>;
}>;

export function useTemplates(client: TrackerClient, active: boolean, refreshKey: number, onAdopted: () => void): TemplatesState {
  const themes = useLoad(active ? () => client.templates() : null, [client, active, refreshKey]);
  // The first board with a plan receives adopted lines; its objectives are the choices.
  const plan = useLoad(
    active ? async () => {
      const [first] = await client.plans();
      return first ? client.plan(first.boardId) : null;
    } : null,
    [client, active]
  );
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [objectiveId, setObjective] = useState<ItemId | null>(null);
  const [owner, setOwner] = useState<PersonRef | null>(null);
  const [dueText, setDueText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AdoptResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  let dueError: string | null = null;
  try {
    parseDue(dueText.trim() === '' ? null : dueText, 'dueText');
  } catch (e) {
    dueError = (e as Error).message.replace(/^dueText: /, '');
  }

  const toggle = useCallback((id: number) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  }, []);

  const adopt = useCallback(async () => {
    if (selected.size === 0 || objectiveId === null) {
      setError(selected.size === 0 ? 'Choose at least one toolkit line.' : 'Choose the plan objective the actions belong to.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await client.adopt({ templateIds: [...selected] as ItemId[], objectiveId, owner, dueText: dueText.trim() === '' ? null : dueText }));
      setSelected(new Set());
      onAdopted();
    } catch (e) {
      setError(`Nothing was adopted: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }, [client, selected, objectiveId, owner, dueText, onAdopted]);

  return { themes, plan, selected, objectiveId, owner, dueText, dueError, busy, result, error, toggle, setObjective, setOwner, setDueText, adopt };
}
