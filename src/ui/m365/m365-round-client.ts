/**
 * Update rounds in Microsoft 365 mode, as the signed-in person: the same use cases as the local
 * server, over the SharePoint store. Reminders are not sent from here: the tab runs with the
 * person's own token and cannot post as the bot, so a round's reminders are the hosted job's.
 * The services load on first use, outside the first-screen JS.
 */
import type { ItemId } from '../../core/model';
import type { RoundSummary, RoundView } from '../../core/update-round';
import type { Person } from '../../ports/directory';
import type { RemindResult, RoundBoard, RoundClient } from '../../ports/round-client';
import type { TrackerStore } from '../../ports/tracker-store';

export class M365RoundClient implements RoundClient {
  readonly canSendReminders = false;

  constructor(
    private readonly store: TrackerStore,
    private readonly actor: Person,
    private readonly now: () => Date = () => new Date()
  ) {}

  async boards(): Promise<readonly RoundBoard[]> {
    return (await import('../../services/rounds')).roundBoardsOf(this.store, this.actor);
  }

  async list(): Promise<readonly RoundSummary[]> {
    return (await import('../../services/rounds')).roundsOf(this.store, this.actor);
  }

  async open(boardId: ItemId, meetingDate: string): Promise<RoundSummary> {
    return (await import('../../services/rounds')).openRound(this.store, { boardId, meetingDate, actor: this.actor, now: this.now() });
  }

  async view(id: ItemId): Promise<RoundView> {
    return (await import('../../services/rounds')).roundViewOf(this.store, this.actor, id);
  }

  async remindMissing(id: ItemId): Promise<RemindResult> {
    // the same refusal as locally for someone who may not remind; otherwise say where reminders come from
    await (await import('../../services/rounds')).roundToRemind(this.store, this.actor, id);
    // from the round's own module, as the services are: a static import would put the reminder
    // policy and its holiday calendars (date-holidays, some 220 KiB gzipped) on the first screen
    const { UnavailableRemindersError } = await import('../../core/update-round');
    throw new UnavailableRemindersError();
  }
}
