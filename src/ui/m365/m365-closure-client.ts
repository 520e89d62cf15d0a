/**
 * Two-key closure in Microsoft 365 mode, as the signed-in person: the same use cases as the
 * local server, over the SharePoint store, with evidence files as the item's own attachments
 * (SharePointEvidenceStore), so they are kept and permissioned with the item. The services
 * load on first use, outside the first-screen JS.
 */
import type { SPFI } from '@pnp/sp';
import type { ClosableList } from '../../core/closure';
import type { IsoDate } from '../../core/dates';
import type { ItemId, Version } from '../../core/model';
import type { TrackedItem } from '../../core/tracked-item';
import type { ClosureClient, ClosureView, EvidenceUpload, ReviewItem, SupersedeOption } from '../../ports/closure-client';
import type { Person } from '../../ports/directory';
import type { EvidenceStore } from '../../ports/evidence-store';
import type { TrackerStore } from '../../ports/tracker-store';

export class M365ClosureClient implements ClosureClient {
  private evidenceStore: Promise<EvidenceStore> | null = null;

  constructor(
    private readonly store: TrackerStore,
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly actor: Person,
    private readonly now: () => Date = () => new Date()
  ) {}

  private evidence(): Promise<EvidenceStore> {
    this.evidenceStore ??= import('../../adapters/sharepoint/sp-evidence').then((m) => new m.SharePointEvidenceStore(this.sp, this.siteUrl));
    return this.evidenceStore;
  }

  private step(list: ClosableList, id: ItemId, version: Version) {
    return { list, id, version, actor: this.actor, at: this.now().toISOString() };
  }

  async view(list: ClosableList, id: ItemId): Promise<ClosureView> {
    return (await import('../../services/closure-view')).closureViewOf(this.store, this.actor, list, id);
  }

  async propose(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note: string; link?: string | null; file?: EvidenceUpload | null }>): Promise<TrackedItem> {
    const { proposeClosureOf } = await import('../../services/closure');
    const evidence = input.file ? await this.evidence() : null;
    return proposeClosureOf(this.store, evidence, { ...this.step(list, id, version), note: input.note, link: input.link ?? null, file: input.file ?? null });
  }

  async accept(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note?: string | null; reference?: string | null }>): Promise<TrackedItem> {
    const { acceptClosureOf } = await import('../../services/closure');
    return acceptClosureOf(this.store, { ...this.step(list, id, version), note: input.note ?? null, reference: input.reference ?? null });
  }

  async sendBack(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ reason: string }>): Promise<TrackedItem> {
    const { returnClosureOf } = await import('../../services/closure');
    return returnClosureOf(this.store, { ...this.step(list, id, version), reason: input.reason });
  }

  async authorise(id: ItemId, version: Version, input: Readonly<{ on: IsoDate | string; reference: string }>): Promise<TrackedItem> {
    const { recordAuthorisationOf } = await import('../../services/closure');
    return recordAuthorisationOf(this.store, { ...this.step('recommendations', id, version), on: input.on, reference: input.reference });
  }

  async supersede(id: ItemId, version: Version, input: Readonly<{ by: ItemId; on: IsoDate | string; reference?: string | null }>): Promise<TrackedItem> {
    const { recordSupersededOf } = await import('../../services/closure');
    return recordSupersededOf(this.store, { ...this.step('recommendations', id, version), by: input.by, on: input.on, reference: input.reference ?? null });
  }

  async supersedeOptions(id: ItemId): Promise<readonly SupersedeOption[]> {
    return (await import('../../services/closure-view')).supersedeOptionsOf(this.store, id);
  }

  async toReview(asOf: IsoDate): Promise<readonly ReviewItem[]> {
    return (await import('../../services/closure-view')).reviewList(this.store, this.actor, asOf);
  }
}
