/**
 * The tab's TrackerClient in Microsoft 365 mode: the same use cases the local server runs,
 * here over the SharePoint store and the Graph directory, as the signed-in person.
 */
import type { IsoDate } from '../../core/dates';
import type { ItemEdit } from '../../core/item-edit';
import { validateHighlight, type HighlightReport } from '../../core/highlight-report';
import { saveHighlight } from '../../services/highlights';
import type { AssignOutcome, AssignTarget } from '../../core/assignment';
import type { ImportProgress, ImportReport } from '../../core/import-report';
import type { AdoptRequest, AdoptResult, TemplateTheme } from '../../core/template-view';
import { adoptTemplates, listTemplates } from '../../services/templates';
import { runImport } from '../../import/import-report';
import type { ItemId, PersonRef, TrackedList, Version } from '../../core/model';
import { assignOwner, unassignedItems } from '../../services/unassigned';
import type { TrackedItem } from '../../core/tracked-item';
import type { ItemScope, ListedItem } from '../../core/item-filter';
import { listItems } from '../../services/list-items';
import { listItemsPage } from '../../services/list-items-page';
import type { Directory, Person } from '../../ports/directory';
import type { PeopleLookup } from '../../ports/people-lookup';
import { directoryPeopleLookup } from '../../adapters/local/directory-people-lookup';
import type { ItemsPage, ItemWithHistory, TrackerClient } from '../../ports/tracker-client';
import type { TrackerStore } from '../../ports/tracker-store';
import type { InspectionDetail, InspectionView } from '../../core/inspection-view';
import { inspectionDetail, listInspections } from '../../services/inspections';
import { myItems, saveEdit } from '../../services/items';
import { itemFor } from '../../services/item-access';
import { listWorkstreams, workstreamDetail } from '../../services/workstreams';
import type { WorkstreamDetail, WorkstreamSummary } from '../../core/workstream-view';
import type { PlanDetail, PlanSummary } from '../../core/plan-view';
import { listPlans, planDetail } from '../../services/plans';

export class M365TrackerClient implements TrackerClient {
  constructor(
    private readonly store: TrackerStore,
    private readonly directory: Directory,
    private readonly actor: Person,
    private readonly now: () => Date = () => new Date(),
    /** many people at once (an import's owners): Graph $batch in the tab, the directory one by one otherwise */
    private readonly lookup: PeopleLookup = directoryPeopleLookup(directory)
  ) {}

  me(): Promise<Person> {
    return Promise.resolve(this.actor);
  }

  myItems(asOf: IsoDate): Promise<readonly TrackedItem[]> {
    return myItems(this.store, this.actor.id, asOf);
  }

  listItems(scope: ItemScope, asOf: IsoDate): Promise<readonly ListedItem[]> {
    return listItems(this.store, scope, asOf);
  }

  /** bounded: a large SharePoint list is read first within a due window, the rest on demand */
  listItemsPage(scope: ItemScope, asOf: IsoDate, cursor: string | null): Promise<ItemsPage> {
    return listItemsPage(this.store, scope, asOf, cursor, true);
  }

  async item(list: TrackedList, id: ItemId): Promise<ItemWithHistory> {
    return itemFor(this.store, this.actor, list, id);
  }

  save(list: TrackedList, id: ItemId, version: Version, edit: Partial<ItemEdit>): Promise<TrackedItem> {
    return saveEdit(this.store, { list, id, version, edit, actor: this.actor, at: this.now().toISOString() });
  }

  async saveHighlight(id: ItemId, version: Version, report: HighlightReport): Promise<TrackedItem> {
    return saveHighlight(this.store, { id, version, report: validateHighlight(report), actor: this.actor, at: this.now().toISOString() });
  }

  people(search: string, top = 10): Promise<readonly Person[]> {
    return this.directory.search(search, top);
  }

  inspections(): Promise<readonly InspectionView[]> {
    return listInspections(this.store);
  }

  inspection(id: ItemId): Promise<InspectionDetail> {
    return inspectionDetail(this.store, id);
  }

  workstreams(): Promise<readonly WorkstreamSummary[]> {
    return listWorkstreams(this.store);
  }

  workstream(id: ItemId): Promise<WorkstreamDetail> {
    return workstreamDetail(this.store, id);
  }

  unassigned(asOf: IsoDate): Promise<readonly TrackedItem[]> {
    return unassignedItems(this.store, asOf);
  }

  assign(targets: readonly AssignTarget[], owner: PersonRef): Promise<readonly AssignOutcome[]> {
    return assignOwner(this.store, targets, owner, this.actor, this.now().toISOString());
  }

  importFile(fileName: string, bytes: Uint8Array, options: Readonly<{ preview: boolean; strict: boolean; onProgress?: (p: ImportProgress) => void }>): Promise<ImportReport> {
    return runImport(this.store, this.lookup, fileName, bytes, { ...options, author: this.actor, at: this.now().toISOString() });
  }

  templates(): Promise<readonly TemplateTheme[]> {
    return listTemplates(this.store);
  }

  adopt(request: AdoptRequest): Promise<AdoptResult> {
    return adoptTemplates(this.store, request, this.actor);
  }

  plans(): Promise<readonly PlanSummary[]> {
    return listPlans(this.store);
  }

  plan(boardId: ItemId): Promise<PlanDetail> {
    return planDetail(this.store, boardId);
  }
}
