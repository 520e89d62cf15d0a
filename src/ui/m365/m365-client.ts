/**
 * The tab's TrackerClient in Microsoft 365 mode: the same use cases the local server runs,
 * here over the SharePoint store and the Graph directory, as the signed-in person.
 * Only My items' use case comes with the first screen; every other one (and the import
 * engine) loads when its screen first asks, so the tab shows My items sooner.
 */
import type { IsoDate } from '../../core/dates';
import type { ItemEdit } from '../../core/item-edit';
import type { HighlightReport } from '../../core/highlight-report';
import type { AssignOutcome, AssignTarget } from '../../core/assignment';
import type { ImportProgress, ImportReport } from '../../core/import-report';
import type { AdoptRequest, AdoptResult, TemplateTheme } from '../../core/template-view';
import type { ItemId, PersonRef, Stored, TrackedList, Version } from '../../core/model';
import type { TrackedItem } from '../../core/tracked-item';
import type { ItemScope, ListedItem } from '../../core/item-filter';
import type { Directory, Person } from '../../ports/directory';
import type { PeopleLookup } from '../../ports/people-lookup';
import { directoryPeopleLookup } from '../../adapters/local/directory-people-lookup';
import type { AgreedActionRequest, DecisionRequest, ItemsPage, ItemWithHistory, TrackerClient } from '../../ports/tracker-client';
import type { TrackerStore } from '../../ports/tracker-store';
import type { InspectionDetail, InspectionView } from '../../core/inspection-view';
import { myItems, saveEdit } from '../../services/items';
import type { WorkstreamDetail, WorkstreamSummary } from '../../core/workstream-view';
import type { PlanDetail, PlanSummary } from '../../core/plan-view';

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

  async listItems(scope: ItemScope, asOf: IsoDate): Promise<readonly ListedItem[]> {
    return (await import('../../services/list-items')).listItems(this.store, scope, asOf);
  }

  /** bounded: a large SharePoint list is read first within a due window, the rest on demand */
  async listItemsPage(scope: ItemScope, asOf: IsoDate, cursor: string | null): Promise<ItemsPage> {
    return (await import('../../services/list-items-page')).listItemsPage(this.store, scope, asOf, cursor, true);
  }

  async item(list: TrackedList, id: ItemId): Promise<ItemWithHistory> {
    return (await import('../../services/item-access')).itemFor(this.store, this.actor, list, id);
  }

  save(list: TrackedList, id: ItemId, version: Version, edit: Partial<ItemEdit>): Promise<TrackedItem> {
    return saveEdit(this.store, { list, id, version, edit, actor: this.actor, at: this.now().toISOString() });
  }

  async saveHighlight(id: ItemId, version: Version, report: HighlightReport): Promise<TrackedItem> {
    const [{ saveHighlight }, { validateHighlight }] = await Promise.all([import('../../services/highlights'), import('../../core/highlight-report')]);
    return saveHighlight(this.store, { id, version, report: validateHighlight(report), actor: this.actor, at: this.now().toISOString() });
  }

  async recordDecision(list: TrackedList, id: ItemId, request: DecisionRequest): Promise<Stored<'updates'>> {
    return (await import('../../services/decisions')).recordDecisionOn(this.store, { list, id, actor: this.actor, at: this.now().toISOString(), ...request });
  }

  async addAgreedAction(list: TrackedList, id: ItemId, request: AgreedActionRequest): Promise<TrackedItem> {
    return (await import('../../services/decisions')).addAgreedAction(this.store, { list, id, actor: this.actor, at: this.now().toISOString(), ...request });
  }

  people(search: string, top = 10): Promise<readonly Person[]> {
    return this.directory.search(search, top);
  }

  async inspections(): Promise<readonly InspectionView[]> {
    return (await import('../../services/inspections')).listInspections(this.store);
  }

  async inspection(id: ItemId): Promise<InspectionDetail> {
    return (await import('../../services/inspections')).inspectionDetail(this.store, id);
  }

  async workstreams(): Promise<readonly WorkstreamSummary[]> {
    return (await import('../../services/workstreams')).listWorkstreams(this.store);
  }

  async workstream(id: ItemId): Promise<WorkstreamDetail> {
    return (await import('../../services/workstreams')).workstreamDetail(this.store, id);
  }

  async unassigned(asOf: IsoDate): Promise<readonly TrackedItem[]> {
    return (await import('../../services/unassigned')).unassignedItems(this.store, asOf);
  }

  async assign(targets: readonly AssignTarget[], owner: PersonRef): Promise<readonly AssignOutcome[]> {
    return (await import('../../services/unassigned')).assignOwner(this.store, targets, owner, this.actor, this.now().toISOString());
  }

  async importFile(fileName: string, bytes: Uint8Array, options: Readonly<{ preview: boolean; strict: boolean; onProgress?: (p: ImportProgress) => void }>): Promise<ImportReport> {
    // the import engine (file readers, planner) loads when someone imports, not with My items
    return (await import('../../import/import-report')).runImport(this.store, this.lookup, fileName, bytes, { ...options, author: this.actor, at: this.now().toISOString() });
  }

  async templates(): Promise<readonly TemplateTheme[]> {
    return (await import('../../services/templates')).listTemplates(this.store);
  }

  async adopt(request: AdoptRequest): Promise<AdoptResult> {
    return (await import('../../services/templates')).adoptTemplates(this.store, request, this.actor);
  }

  async plans(): Promise<readonly PlanSummary[]> {
    return (await import('../../services/plans')).listPlans(this.store);
  }

  async plan(boardId: ItemId): Promise<PlanDetail> {
    return (await import('../../services/plans')).planDetail(this.store, boardId);
  }
}
