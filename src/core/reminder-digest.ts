/**
 * A digest as it leaves the policy: plain data for the `--json` plan, the notifiers and the
 * card builders. The JSON a run prints is exactly `{today, digests:[{to, kind, items:[…]}], sent,
 * skipped, failed}`; the cards need a little more (label, parent, days to go, version).
 */
import type { IsoDate } from './dates';
import type { ItemId, PersonRef, TrackedList } from './model';
import type { Lifecycle, Rag } from './rag';
import type { Digest, DigestKind, ReminderRule } from './reminder-policy';

export type DigestItem = Readonly<{
  list: TrackedList;
  id: ItemId;
  ref: string | null;
  title: string;
  dueText: string | null;
  dueDate: IsoDate | null;
  rule: ReminderRule;
  rag: Rag | null;
  lifecycle: Lifecycle;
  /** for cards: what it is ("Action OD1-01"), where it belongs, how far off, and its version */
  label: string;
  parent: string | null;
  daysToGo: number | null;
  version: string;
}>;

export type DigestView = Readonly<{ to: PersonRef; kind: DigestKind; items: readonly DigestItem[] }>;

export type RunSummary = Readonly<{
  today: IsoDate;
  digests: readonly DigestView[];
  sent: number;
  skipped: number;
  failed: number;
}>;

export function digestView(digest: Digest): DigestView {
  return {
    to: { id: digest.to.id, displayName: digest.to.displayName },
    kind: digest.kind,
    items: digest.nudges.map((n) => ({
      list: n.item.list,
      id: n.item.id,
      ref: n.item.ref,
      title: n.item.title,
      dueText: n.item.dueText,
      dueDate: n.item.dueDate,
      rule: n.rule,
      rag: n.item.rag,
      lifecycle: n.item.lifecycle,
      label: n.item.label,
      parent: n.item.parent,
      daysToGo: n.daysToGo,
      version: n.item.version,
    })),
  };
}

/** The run as `tracker remind --json` prints it: only the documented keys, in their order. */
export function runSummaryJson(summary: RunSummary): unknown {
  return {
    today: summary.today,
    digests: summary.digests.map((d) => ({
      to: { id: d.to.id, displayName: d.to.displayName },
      kind: d.kind,
      items: d.items.map((i) => ({
        list: i.list,
        id: i.id,
        ref: i.ref,
        title: i.title,
        dueText: i.dueText,
        dueDate: i.dueDate,
        rule: i.rule,
        rag: i.rag,
        lifecycle: i.lifecycle,
      })),
    })),
    sent: summary.sent,
    skipped: summary.skipped,
    failed: summary.failed,
  };
}
