/**
 * Microsoft 365 mode's evidence files: the item's own attachments on its SharePoint list
 * (items(n)/AttachmentFiles), so the evidence lives and is permissioned with the item.
 * SharePoint does not report an attachment's size in the listing; `files` gives size 0 there
 * (the proposal's Update records the size it was uploaded with). SharePoint's refusals become
 * domain errors with a sentence (sp-refusals.ts).
 */
import type { SPFI } from '@pnp/sp';
import type { ClosableList, EvidenceFile } from '../../core/closure';
import { checkEvidenceFile, EVIDENCE_TYPES } from '../../core/evidence-file';
import { InvalidValueError } from '../../core/errors';
import type { ItemId } from '../../core/model';
import type { EvidenceStore, StoredEvidence } from '../../ports/evidence-store';
import { listDef } from '../../schema/lookup';
import { listAt } from './list-address';
import './pnp-preset';
import { refusalOf, rethrowRefusal } from './sp-refusals';

type AttachmentInfo = { FileName: string; ServerRelativeUrl: string };

export class SharePointEvidenceStore implements EvidenceStore {
  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string
  ) {}

  /** by URL, as the store addresses lists: a site owner's rename of the list changes its title only */
  private list(list: ClosableList) {
    return listAt(this.sp, this.siteUrl, listDef(list));
  }

  private item(list: ClosableList, id: ItemId) {
    return this.list(list).items.getById(Number(id));
  }

  /** SharePoint's refusals on the item's list as domain errors (the tab attaches as the signed-in person). */
  private refused(list: ClosableList, write: boolean) {
    return rethrowRefusal({ list: listDef(list).title }, { write });
  }

  private absolute(serverRelative: string): string {
    return new URL(serverRelative, new URL(this.siteUrl).origin).toString();
  }

  async attach(list: ClosableList, id: ItemId, file: EvidenceFile, bytes: Uint8Array): Promise<StoredEvidence> {
    const checked = checkEvidenceFile(file.name, bytes.byteLength);
    // SharePoint refuses a name already attached; say so in words before sending the bytes
    const existing = await this.files(list, id);
    if (existing.some((f) => f.name.toLowerCase() === checked.name.toLowerCase())) {
      throw new InvalidValueError('evidenceFile.name', checked.name, 'a file of that name is already attached to this item; rename it');
    }
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const added = (await this.item(list, id).attachmentFiles.add(checked.name, copy.buffer).catch((e: unknown) => this.refusedAdd(list, checked.name, e))).data as unknown as AttachmentInfo;
    return { ...checked, url: this.absolute(added.ServerRelativeUrl) };
  }

  /**
   * A refused add: access, throttling and outages as every write; otherwise, when a site owner
   * has turned the list's "Attachments to list items" off, say so (SharePoint's own words for it
   * are not documented, so the list's setting is read rather than the message matched).
   */
  private async refusedAdd(list: ClosableList, name: string, error: unknown): Promise<never> {
    const known = refusalOf(error, { list: listDef(list).title }, { write: true });
    if (known) {
      throw known;
    }
    const settings = (await this.list(list).select('EnableAttachments')().catch(() => null)) as { EnableAttachments?: boolean } | null;
    if (settings?.EnableAttachments === false) {
      throw new InvalidValueError(
        'evidenceFile',
        name,
        `the ${listDef(list).title} list does not take attachments (its “Attachments to list items” setting is off); give a link instead, or ask the site’s owner to turn attachments on`
      );
    }
    throw error;
  }

  async files(list: ClosableList, id: ItemId): Promise<StoredEvidence[]> {
    const infos = (await this.item(list, id).attachmentFiles().catch(this.refused(list, false))) as unknown as AttachmentInfo[];
    return infos.map((a) => {
      const ext = /\.([A-Za-z0-9]+)$/.exec(a.FileName)?.[1]?.toLowerCase() ?? '';
      return { name: a.FileName, size: 0, type: EVIDENCE_TYPES[ext] ?? 'application/octet-stream', url: this.absolute(a.ServerRelativeUrl) };
    });
  }
}
