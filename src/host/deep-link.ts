/**
 * Deep links that open an item in the tab from a reminder card or a message. The app id is
 * configuration: it is the manifest id for an uploaded app but changes once the app is
 * published to the org catalog.
 */
import type { ItemId, TrackedList } from '../core/model';

export function itemSubPageId(list: TrackedList, id: ItemId): string {
  return `${list}:${id}`;
}

export function itemDeepLink(options: { teamsAppId: string; entityId: string; tabUrl: string; list: TrackedList; id: ItemId; label: string }): string {
  const context = JSON.stringify({ subEntityId: itemSubPageId(options.list, options.id) });
  const webUrl = `${options.tabUrl}/#/items/${options.list}/${options.id}`;
  return `https://teams.microsoft.com/l/entity/${options.teamsAppId}/${options.entityId}?webUrl=${encodeURIComponent(webUrl)}&label=${encodeURIComponent(options.label)}&context=${encodeURIComponent(context)}`;
}
