/** Calls the fake directly, as SharePoint would be called over HTTP (no msw needed). */
import { provisionDirectly, SITE } from '../provisioned-site';
import { FakeSharePoint } from '../sharepoint-fake';

export { SITE };

export function provisionedFake(): FakeSharePoint {
  const fake = new FakeSharePoint(SITE);
  provisionDirectly(fake);
  return fake;
}

export type Call = Readonly<{ status: number; body: Record<string, unknown> | null; message: string }>;

/** Sends one request as JSON light (what PnPjs v4 sends) unless headers say otherwise. */
export async function call(fake: FakeSharePoint, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Call> {
  const response = await fake.respond(
    new Request(`${SITE}${path}`, {
      method: method === 'MERGE' ? 'POST' : method,
      headers: {
        Authorization: 'Bearer test',
        Accept: 'application/json',
        'Content-Type': 'application/json;charset=utf-8',
        ...(method === 'MERGE' ? { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  );
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  const error = json?.['odata.error'] as { message?: { value?: string } } | undefined;
  return { status: response.status, body: json, message: error?.message?.value ?? '' };
}
