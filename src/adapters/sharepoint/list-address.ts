/**
 * How the app addresses a provisioned list: by its server-relative URL, never by title. A site
 * owner may rename a list ("Actions" → "Board actions") and SharePoint keeps its URL and id;
 * a title lookup would then fail, or provisioning would create a second list. The URL is the
 * one SharePoint made from the schema's title when provisioning created the list.
 */
import type { SPFI } from '@pnp/sp';
import type { ListDef } from '../../schema/types';
import './pnp-preset';

export function listServerRelativeUrl(siteUrl: string, def: Pick<ListDef, 'title' | 'template'>): string {
  const sitePath = new URL(siteUrl).pathname.replace(/\/$/, '');
  return def.template === 'DocumentLibrary' ? `${sitePath}/${def.title}` : `${sitePath}/Lists/${def.title}`;
}

export function listAt(sp: SPFI, siteUrl: string, def: Pick<ListDef, 'title' | 'template'>) {
  return sp.web.getList(listServerRelativeUrl(siteUrl, def));
}

export type ListHandle = ReturnType<typeof listAt>;
