/** The tab's client of the local server's use-case endpoints (local mode). */
import type { IsoDate } from '../../core/dates';
import type { ItemEdit } from '../../core/item-edit';
import type { HighlightReport } from '../../core/highlight-report';
import type { AssignOutcome, AssignTarget } from '../../core/assignment';
import type { ImportReport } from '../../core/import-report';
import type { AdoptRequest, AdoptResult, TemplateTheme } from '../../core/template-view';
import type { ItemId, PersonRef, Stored, TrackedList, Version } from '../../core/model';
import type { TrackedItem } from '../../core/tracked-item';
import type { ItemScope, ListedItem } from '../../core/item-filter';
import type { Person } from '../../ports/directory';
import type { AgreedActionRequest, DecisionRequest, ItemsPage, ItemWithHistory, TrackerClient } from '../../ports/tracker-client';
import type { InspectionDetail, InspectionView } from '../../core/inspection-view';
import type { WorkstreamDetail, WorkstreamSummary } from '../../core/workstream-view';
import type { PlanDetail, PlanSummary } from '../../core/plan-view';
import type { TrackerSummary } from '../../services/summary';
import { HttpClient, type HttpClientOptions } from './http-client';

export class TrackerApi implements TrackerClient {
  private readonly http: HttpClient;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  async me(): Promise<Person> {
    return (await this.http.request<{ person: Person }>('GET', '/api/me')).person;
  }

  async myItems(asOf: IsoDate): Promise<readonly TrackedItem[]> {
    const body = await this.http.request<{ items: TrackedItem[] }>('GET', `/api/my-items?asOf=${asOf}`);
    return body.items;
  }

  async listItems(scope: ItemScope, asOf: IsoDate): Promise<readonly ListedItem[]> {
    const query = new URLSearchParams({ asOf, owner: scope.owner ?? '', lifecycle: scope.lifecycle, due: scope.due });
    return (await this.http.request<{ items: ListedItem[] }>('GET', `/api/items?${query.toString()}`)).items;
  }

  listItemsPage(scope: ItemScope, asOf: IsoDate, cursor: string | null): Promise<ItemsPage> {
    const query = new URLSearchParams({ asOf, owner: scope.owner ?? '', lifecycle: scope.lifecycle, due: scope.due, page: cursor ?? '' });
    return this.http.request<ItemsPage>('GET', `/api/items?${query.toString()}`);
  }

  item(list: TrackedList, id: ItemId): Promise<ItemWithHistory> {
    return this.http.request('GET', `/api/items/${list}/${id}`);
  }

  async save(list: TrackedList, id: ItemId, version: Version, edit: Partial<ItemEdit>): Promise<TrackedItem> {
    const body = await this.http.request<{ item: TrackedItem }>('PATCH', `/api/items/${list}/${id}`, { version, edit });
    return body.item;
  }

  async saveHighlight(id: ItemId, version: Version, report: HighlightReport): Promise<TrackedItem> {
    return (await this.http.request<{ item: TrackedItem }>('POST', `/api/workstreams/${id}/highlights`, { version, report })).item;
  }

  async recordDecision(list: TrackedList, id: ItemId, request: DecisionRequest): Promise<Stored<'updates'>> {
    return (await this.http.request<{ update: Stored<'updates'> }>('POST', `/api/items/${list}/${id}/decisions`, request)).update;
  }

  async addAgreedAction(list: TrackedList, id: ItemId, request: AgreedActionRequest): Promise<TrackedItem> {
    return (await this.http.request<{ item: TrackedItem }>('POST', `/api/items/${list}/${id}/agreed-actions`, request)).item;
  }

  async people(search: string, top = 10): Promise<readonly Person[]> {
    const body = await this.http.request<{ people: Person[] }>('GET', `/api/people?search=${encodeURIComponent(search)}&top=${top}`);
    return body.people;
  }

  async inspections(): Promise<readonly InspectionView[]> {
    return (await this.http.request<{ inspections: InspectionView[] }>('GET', '/api/inspections')).inspections;
  }

  inspection(id: ItemId): Promise<InspectionDetail> {
    return this.http.request('GET', `/api/inspections/${id}`);
  }

  async workstreams(): Promise<readonly WorkstreamSummary[]> {
    return (await this.http.request<{ workstreams: WorkstreamSummary[] }>('GET', '/api/workstreams')).workstreams;
  }

  workstream(id: ItemId): Promise<WorkstreamDetail> {
    return this.http.request('GET', `/api/workstreams/${id}`);
  }

  async unassigned(asOf: IsoDate): Promise<readonly TrackedItem[]> {
    return (await this.http.request<{ items: TrackedItem[] }>('GET', `/api/unassigned?asOf=${asOf}`)).items;
  }

  async assign(targets: readonly AssignTarget[], owner: PersonRef): Promise<readonly AssignOutcome[]> {
    return (await this.http.request<{ results: AssignOutcome[] }>('POST', '/api/assign', { targets, owner })).results;
  }

  importFile(fileName: string, bytes: Uint8Array, options: Readonly<{ preview: boolean; strict: boolean }>): Promise<ImportReport> {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    // the local server checks and writes the rows; it reports when done, so no progress is told here
    return this.http.request('POST', '/api/import', { fileName, contentBase64: btoa(binary), preview: options.preview, strict: options.strict });
  }

  async templates(): Promise<readonly TemplateTheme[]> {
    return (await this.http.request<{ themes: TemplateTheme[] }>('GET', '/api/templates')).themes;
  }

  adopt(request: AdoptRequest): Promise<AdoptResult> {
    return this.http.request('POST', '/api/adopt', request);
  }

  async plans(): Promise<readonly PlanSummary[]> {
    return (await this.http.request<{ plans: PlanSummary[] }>('GET', '/api/plans')).plans;
  }

  plan(boardId: ItemId): Promise<PlanDetail> {
    return this.http.request('GET', `/api/plans/${boardId}`);
  }

  summary(): Promise<TrackerSummary> {
    return this.http.request('GET', '/api/summary');
  }
}
