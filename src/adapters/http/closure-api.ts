/** The tab's client of the local server's closure endpoints (local mode); see server/closure-routes.ts. */
import type { ClosableList } from '../../core/closure';
import type { IsoDate } from '../../core/dates';
import type { ItemId, Version } from '../../core/model';
import type { TrackedItem } from '../../core/tracked-item';
import type { ClosureClient, ClosureView, EvidenceUpload, ReviewItem, SupersedeOption } from '../../ports/closure-client';
import { HttpClient, type HttpClientOptions } from './http-client';

function base64(bytes: Uint8Array): string {
  let binary = '';
  // in slices: spreading 10 MB into one call would overflow the stack
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export class HttpClosureClient implements ClosureClient {
  private readonly http: HttpClient;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  private async post(list: ClosableList, id: ItemId, step: string, body: Record<string, unknown>): Promise<TrackedItem> {
    return (await this.http.request<{ item: TrackedItem }>('POST', `/api/closure/${list}/${Number(id)}/${step}`, body)).item;
  }

  view(list: ClosableList, id: ItemId): Promise<ClosureView> {
    return this.http.request('GET', `/api/closure/${list}/${Number(id)}`);
  }

  propose(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note: string; link?: string | null; file?: EvidenceUpload | null }>): Promise<TrackedItem> {
    const file = input.file ? { name: input.file.name, contentBase64: base64(input.file.bytes) } : null;
    return this.post(list, id, 'propose', { version, note: input.note, link: input.link ?? null, file });
  }

  accept(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ note?: string | null; reference?: string | null }>): Promise<TrackedItem> {
    return this.post(list, id, 'accept', { version, note: input.note ?? null, reference: input.reference ?? null });
  }

  sendBack(list: ClosableList, id: ItemId, version: Version, input: Readonly<{ reason: string }>): Promise<TrackedItem> {
    return this.post(list, id, 'return', { version, reason: input.reason });
  }

  authorise(id: ItemId, version: Version, input: Readonly<{ on: IsoDate | string; reference: string }>): Promise<TrackedItem> {
    return this.post('recommendations', id, 'authorise', { version, on: input.on, reference: input.reference });
  }

  supersede(id: ItemId, version: Version, input: Readonly<{ by: ItemId; on: IsoDate | string; reference?: string | null }>): Promise<TrackedItem> {
    return this.post('recommendations', id, 'supersede', { version, by: input.by, on: input.on, reference: input.reference ?? null });
  }

  async supersedeOptions(id: ItemId): Promise<readonly SupersedeOption[]> {
    return (await this.http.request<{ options: SupersedeOption[] }>('GET', `/api/closure/recommendations/${Number(id)}/supersede-options`)).options;
  }

  async toReview(asOf: IsoDate): Promise<readonly ReviewItem[]> {
    return (await this.http.request<{ items: ReviewItem[] }>('GET', `/api/closures/review?asOf=${asOf}`)).items;
  }
}
