/**
 * Where the bot keeps the conversations it may post into: captured when a person installs the
 * app (or is added to the bot's chat), read by the reminder job to send digests proactively.
 * Keyed by the person's id as the rest of the app knows them (mail, else UPN — lower case);
 * the bot also stores their Entra object id so either finds the same conversation.
 */
export type ConversationRef = Readonly<{
  /** the 1:1 chat's id (`a:…` from an install, `19:…` from Graph) */
  conversationId: string;
  /** the Bot Connector's URL for the person's region, from the activity that captured it */
  serviceUrl: string;
}>;

export interface ConversationStore {
  get(personId: string): Promise<ConversationRef | null>;
  set(personId: string, ref: ConversationRef): Promise<void>;
  delete(personId: string): Promise<void>;
}
