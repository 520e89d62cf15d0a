/**
 * The bot's conversations kept in the BotConversations list, through the store port — so the
 * bot (which writes on install) and the reminder job (which reads) share them, on SharePoint as
 * in SQLite. One row per person, found by the unique, indexed Person column. Removing the app
 * empties the row's conversation rather than deleting it (the port has no delete; the row then
 * records that the bot may no longer post there).
 */
import { DuplicateKeyError, VersionConflictError } from '../../core/errors';
import type { Stored } from '../../core/model';
import type { ConversationRef, ConversationStore } from '../../ports/conversation-store';
import type { TrackerStore } from '../../ports/tracker-store';

export class ListedConversations implements ConversationStore {
  constructor(private readonly store: TrackerStore) {}

  async get(personId: string): Promise<ConversationRef | null> {
    const row = await this.row(personId);
    return row?.conversationId && row.serviceUrl ? { conversationId: row.conversationId, serviceUrl: row.serviceUrl } : null;
  }

  async set(personId: string, ref: ConversationRef): Promise<void> {
    await this.write(personId, { conversationId: ref.conversationId, serviceUrl: ref.serviceUrl });
  }

  async delete(personId: string): Promise<void> {
    if (await this.row(personId)) {
      await this.write(personId, { conversationId: null, serviceUrl: null });
    }
  }

  private async row(personId: string): Promise<Stored<'botConversations'> | null> {
    const page = await this.store.query('botConversations', { where: [{ field: 'personId', op: 'eq', value: personId.toLowerCase() }], top: 1 });
    return page.items[0] ?? null;
  }

  /** Adds or changes the person's row; a concurrent writer (two installs at once) is retried once. */
  private async write(personId: string, values: { conversationId: string | null; serviceUrl: string | null }, attempt = 1): Promise<void> {
    const id = personId.toLowerCase();
    const existing = await this.row(id);
    try {
      if (!existing) {
        await this.store.add('botConversations', { personId: id, ...values });
      } else if (existing.conversationId !== values.conversationId || existing.serviceUrl !== values.serviceUrl) {
        await this.store.update('botConversations', existing.id, existing.version, values);
      }
    } catch (error) {
      if (attempt === 1 && (error instanceof DuplicateKeyError || error instanceof VersionConflictError)) {
        return this.write(personId, values, 2);
      }
      throw error;
    }
  }
}
