/** SharePoint REST response shapes shared by every route of the fake. */
import { HttpResponse } from 'msw';

export const JSON_TYPE = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

export function odataError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }, { status, headers: { 'Content-Type': JSON_TYPE } });
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status: init.status ?? 200, headers: { 'Content-Type': JSON_TYPE, ...init.headers } });
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new HttpResponse(null, { status: 204, headers });
}

export function guid(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${h}`;
}

export const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function xmlAttr(xml: string, name: string): string | null {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  return raw === undefined ? null : unescapeXml(raw);
}

export const userNotFound = (detail = 'User cannot be found.'): Response => odataError(404, '-2146232832, Microsoft.SharePoint.SPException', detail);
