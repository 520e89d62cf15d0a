/** Conversations held in memory: tests, and a bot host that keeps nothing between runs. */
import type { ConversationRef, ConversationStore } from '../../ports/conversation-store';

export class MemoryConversations implements ConversationStore {
  private readonly refs = new Map<string, ConversationRef>();

  async get(personId: string): Promise<ConversationRef | null> {
    return this.refs.get(personId.toLowerCase()) ?? null;
  }

  async set(personId: string, ref: ConversationRef): Promise<void> {
    this.refs.set(personId.toLowerCase(), ref);
  }

  async delete(personId: string): Promise<void> {
    this.refs.delete(personId.toLowerCase());
  }
}
