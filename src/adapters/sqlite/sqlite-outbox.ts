/**
 * The local outbox: the Notifier of local mode. Each digest a person "received" is kept in the
 * same SQLite file as the lists (its own table: the outbox is local mode's stand-in for Teams
 * chat, not one of the SharePoint lists), and the Outbox screen renders it as the card Teams would.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../core/dates';
import type { PersonRef } from '../../core/model';
import type { DigestView } from '../../core/reminder-digest';
import type { Notifier, ReminderMessage, SendResult } from '../../ports/notifier';

export type OutboxEntry = Readonly<{ id: number; at: string; today: IsoDate; to: PersonRef; digest: DigestView }>;

export class SqliteOutbox implements Notifier {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date()
  ) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS local_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, today TEXT NOT NULL, recipient TEXT NOT NULL, digest TEXT NOT NULL)'
    );
    db.exec('CREATE INDEX IF NOT EXISTS ix_local_outbox_recipient ON local_outbox (recipient)');
  }

  async send(message: ReminderMessage): Promise<SendResult> {
    this.db
      .prepare('INSERT INTO local_outbox (at, today, recipient, digest) VALUES (?, ?, ?, ?)')
      .run(this.now().toISOString(), message.today, message.digest.to.id.toLowerCase(), JSON.stringify(message.digest));
    return { outcome: 'sent' };
  }

  /** What one person received, newest first. */
  received(recipient: string, limit = 50): OutboxEntry[] {
    const rows = this.db
      .prepare('SELECT id, at, today, digest FROM local_outbox WHERE recipient = ? ORDER BY id DESC LIMIT ?')
      .all(recipient.toLowerCase(), limit) as Array<{ id: number; at: string; today: string; digest: string }>;
    return rows.map((r) => {
      const digest = JSON.parse(r.digest) as DigestView;
      return { id: r.id, at: r.at, today: r.today as IsoDate, to: digest.to, digest };
    });
  }

  /** How many digests the outbox holds (tests and the CLI). */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM local_outbox').get() as { n: number }).n;
  }
}
