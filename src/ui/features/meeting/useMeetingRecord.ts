/**
 * What a secretary records from the meeting view: the form open on an item (a decision or a new
 * action), what was typed (kept in the form and in local storage until it is saved, so a failed
 * save or a reload loses nothing), and the result of the last save. Focus goes to the result
 * after a save and back to the item's button on cancel.
 */
import { useCallback, useRef, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { ListedItem } from '../../../core/item-filter';
import type { PersonRef } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import type { ItemRoute } from '../../app/useRoute';
import { isoToUk, ukToIso } from '../../shared/uk-date';

export type RecordKind = 'decision' | 'action';

export type RecordForm = Readonly<{
  /** the decision, or the new action's title */
  text: string;
  /** the meeting's day as typed, dd/mm/yyyy */
  dateText: string;
  owner: PersonRef | null;
  dueText: string;
}>;

const draftKey = (user: string, kind: RecordKind, item: Pick<ListedItem, 'list' | 'id'>): string => `actionTracker.meeting.${user}.${kind}.${item.list}.${item.id}`;

function loadDraft(key: string): RecordForm | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as RecordForm) : null;
  } catch {
    return null;
  }
}

function storeDraft(key: string, form: RecordForm | null): void {
  try {
    if (form === null) {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, JSON.stringify(form));
    }
  } catch {
    // storage full or disabled: the form still holds the text
  }
}

export type RecordResult = Readonly<{ message: string; open: ItemRoute; openLabel: string }>;

export type MeetingRecordState = Readonly<{
  target: Readonly<{ kind: RecordKind; item: ListedItem }> | null;
  form: RecordForm;
  setForm: (patch: Partial<RecordForm>) => void;
  /**
   * The Teams meeting the view is open in, recorded with each decision. Its day starts as today
   * and stays editable: a tab cannot read a meeting's scheduled day (teams-js's getMeetingDetails
   * is not open to third-party apps; Microsoft's meeting-details API is the bot's, behind the RSC
   * permission OnlineMeeting.ReadBasic.Chat), and a decision minuted late belongs to its meeting.
   */
  meetingId: string | null;
  today: IsoDate;
  saving: boolean;
  error: string | null;
  result: RecordResult | null;
  resultRef: React.RefObject<HTMLDivElement | null>;
  open: (kind: RecordKind, item: ListedItem, button: HTMLElement | null) => void;
  cancel: () => void;
  save: () => Promise<void>;
}>;

export function useMeetingRecord(client: TrackerClient, user: string, today: IsoDate, meetingId: string | null, onSaved: () => void): MeetingRecordState {
  const [target, setTarget] = useState<MeetingRecordState['target']>(null);
  const blank = (): RecordForm => ({ text: '', dateText: isoToUk(today), owner: null, dueText: '' });
  const [form, setFormState] = useState<RecordForm>(blank);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RecordResult | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const resultRef = useRef<HTMLDivElement | null>(null);

  const key = target ? draftKey(user, target.kind, target.item) : null;
  const setForm = useCallback(
    (patch: Partial<RecordForm>) =>
      setFormState((f) => {
        const next = { ...f, ...patch };
        if (key) {
          storeDraft(key, next);
        }
        return next;
      }),
    [key]
  );

  const open = (kind: RecordKind, item: ListedItem, button: HTMLElement | null): void => {
    opener.current = button;
    setTarget({ kind, item });
    setFormState(loadDraft(draftKey(user, kind, item)) ?? blank());
    setError(null);
    setResult(null);
  };

  const cancel = (): void => {
    if (key) {
      storeDraft(key, null);
    }
    setTarget(null);
    setError(null);
    const back = opener.current;
    requestAnimationFrame(() => back?.focus());
  };

  const save = async (): Promise<void> => {
    if (!target) {
      return;
    }
    // the day typed (it starts as today)
    const meetingDate = ukToIso(form.dateText);
    if (meetingDate === null) {
      setError(`Meeting date: “${form.dateText}” is not a day — type it as dd/mm/yyyy, for example 10/05/2023`);
      return;
    }
    setSaving(true);
    setError(null);
    const { item, kind } = target;
    try {
      if (kind === 'decision') {
        await client.recordDecision(item.list, item.id, { text: form.text, meetingDate, meetingId });
        setResult({ message: `Decision recorded on ${item.label}: ${form.text.trim()}`, open: { list: item.list, id: item.id }, openLabel: `Open ${item.label} and its history` });
      } else {
        const action = await client.addAgreedAction(item.list, item.id, { title: form.text, owner: form.owner, dueText: form.dueText.trim() || null, meetingDate, meetingId });
        setResult({ message: `Action added to the board: ${action.title}`, open: { list: action.list, id: action.id }, openLabel: 'Open the new action' });
        onSaved();
      }
      storeDraft(draftKey(user, kind, item), null);
      // MeetingRecordResult takes focus once it shows the result
      setTarget(null);
    } catch (e) {
      // what was typed stays in the form
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return { target, form, setForm, meetingId, today, saving, error, result, resultRef, open, cancel, save };
}
