/** A small board for reminder runs: owners, an unassigned item, an overdue one, a WHITE one, a TBC. */
import type { IsoDate } from '../../../src/core/dates';
import { parseDue } from '../../../src/core/due-date';
import type { PersonRef, Stored } from '../../../src/core/model';
import { newWorkstream } from '../../../src/core/records';
import type { DigestView } from '../../../src/core/reminder-digest';
import type { BoardPeople } from '../../../src/ports/board-people';
import type { Notifier, ReminderMessage, SendResult } from '../../../src/ports/notifier';
import type { TrackerStore } from '../../../src/ports/tracker-store';
import { anAction } from '../../helpers/builders';

export const ann: PersonRef = { id: 'ann@colp.example', displayName: 'Ann Owner' };
export const bo: PersonRef = { id: 'bo@colp.example', displayName: 'Bo Owner' };
export const lee: PersonRef = { id: 'lee@colp.example', displayName: 'Lee Lead' };
export const sec: PersonRef = { id: 'sec@colp.example', displayName: 'Sam Secretary' };

export const TODAY = '2017-03-20' as IsoDate;

export type Fixture = Readonly<{ board: string; actions: Record<string, Stored<'actions'>> }>;

export async function seedFixture(store: TrackerStore, tag = `${Date.now()}${Math.random()}`): Promise<Fixture> {
  const board = `E&I Board ${tag}`;
  const b = await store.add('boards', { title: board, programme: null, sourceKey: `board:${tag}` });
  const ws = await store.add(
    'workstreams',
    newWorkstream({ kind: 'workstream', title: 'Recruitment', ref: 'RE', boardId: b.id, ownerText: 'Lee', owner: lee, sourceKey: `ws:${tag}` })
  );
  const action = (name: string, dueText: string, over: Parameters<typeof anAction>[0] = {}) => {
    const due = parseDue(dueText);
    return store.add(
      'actions',
      anAction({ title: name, ref: name, workstreamId: ws.id, owner: ann, dueText, dueDate: due.date, dueKind: due.kind, duePrecision: due.precision, sourceKey: `a:${tag}:${name}`, ...over })
    );
  };
  const actions = {
    tomorrow: await action('tomorrow', '21/03/2017'),
    fortnight: await action('fortnight', '31/03/2017', { owner: bo }),
    unassigned: await action('unassigned', '27/03/2017', { owner: null, ownerText: 'Ch Supt Nobody' }),
    overdue: await action('overdue', '28/02/2017'),
    white: await action('white', '21/03/2017', { rag: 'WHITE', responsibleOrg: 'Home Office' }),
    tbc: await action('tbc', 'TBC', { owner: bo }),
  };
  return { board, actions };
}

export const boardPeople = (secretaries: readonly PersonRef[] = [sec]): BoardPeople => ({
  secretaries: async () => secretaries,
  leads: async () => [],
});

/** Records what it delivers; fails for the recipients told to. */
export class RecordingNotifier implements Notifier {
  readonly sent: DigestView[] = [];
  constructor(private readonly fail: Readonly<Record<string, SendResult | 'throw'>> = {}) {}

  async send(message: ReminderMessage): Promise<SendResult> {
    const failure = this.fail[message.digest.to.id];
    if (failure === 'throw') {
      throw new Error('connection reset');
    }
    if (failure) {
      return failure;
    }
    this.sent.push(message.digest);
    return { outcome: 'sent' };
  }
}

/** "kind recipient: title/rule, …" for each digest, in order. */
export const describeDigests = (digests: readonly DigestView[]): string[] =>
  digests.map((d) => `${d.kind} ${d.to.id}: ${d.items.map((i) => `${i.title}/${i.rule}`).join(', ')}`);
