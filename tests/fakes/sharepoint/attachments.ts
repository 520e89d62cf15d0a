/**
 * List item attachments, as SharePoint answers them (items(n)/AttachmentFiles): add by
 * FileName with the raw bytes as the body, list them, read one ($value). As strict as
 * SharePoint where it matters: document libraries, and lists whose "Attachments to list items"
 * setting is off (EnableAttachments false), take no attachments; an empty file is refused
 * (MS-LISTSWS AddAttachment: content length zero is a fault, 0x8007000d); a name already
 * attached is refused ("The specified name is already in use."), names with characters
 * SharePoint forbids are refused, the item must exist, and adding an attachment changes the
 * item's ETag. Only POST adds (SharePoint answers another verb as an unknown resource).
 */
import { HttpResponse } from 'msw';
import { json, odataError } from './odata';
import type { ListRoute } from './route';
import type { FakeItem, FakeList } from './types';

export type AttachedItem = FakeItem & { attachments?: Map<string, Uint8Array> };

const FORBIDDEN = /["*:<>?/\\|#%]|^\.|\.$|^\s|\s$/;

const itemOf = (list: FakeList, id: number): AttachedItem | undefined => list.items.get(id) as AttachedItem | undefined;
const notFound = (): Response => odataError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
const unquote = (s: string): string => s.replace(/''/g, "'");

function info(list: FakeList, id: number, name: string) {
  // under the list's URL, which a site owner's rename of its title does not change
  const path = `${list.Url}/Attachments/${id}/${name}`;
  return { FileName: name, FileNameAsPath: { DecodedUrl: name }, ServerRelativeUrl: path, ServerRelativePath: { DecodedUrl: path } };
}

export const attachmentRoutes: ListRoute[] = [
  {
    pattern: /^\/items\((\d+)\)\/AttachmentFiles\/add\(FileName='((?:[^']|'')+)'\)$/i,
    verb: 'POST',
    handle: (fake, list, req, m) => {
      if (list.BaseTemplate !== 100 || list.EnableAttachments === false) {
        return odataError(400, '-2147024809, System.ArgumentException', 'Attachments are not enabled for this list.');
      }
      const item = itemOf(list, Number(m[1]));
      if (!item) {
        return notFound();
      }
      const name = unquote(m[2] as string);
      if (FORBIDDEN.test(name) || name.length > 250) {
        return odataError(400, '-2130575245, Microsoft.SharePoint.SPException', 'The file or folder name contains characters that are not permitted. Please use a different name.');
      }
      const bytes = req.bodyBytes ?? new TextEncoder().encode(req.bodyText);
      if (bytes.byteLength === 0) {
        return odataError(400, '-2147024883, System.ArgumentException', 'The data is invalid. The file is empty.');
      }
      item.attachments ??= new Map();
      if ([...item.attachments.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
        return odataError(500, '-2130575306, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
      }
      item.attachments.set(name, bytes);
      // an attachment is part of the item: the item gets a new version and ETag
      item.version += 1;
      item.data = { ...item.data, Attachments: true, Modified: new Date(fake.clock).toISOString() };
      return json(info(list, Number(m[1]), name));
    },
  },
  {
    pattern: /^\/items\((\d+)\)\/AttachmentFiles$/i,
    verb: 'GET',
    handle: (_fake, list, _req, m) => {
      const item = itemOf(list, Number(m[1]));
      if (!item) {
        return notFound();
      }
      return json({ value: [...(item.attachments?.keys() ?? [])].map((name) => info(list, Number(m[1]), name)) });
    },
  },
  {
    pattern: /^\/items\((\d+)\)\/AttachmentFiles(?:\/getByFileName)?\('((?:[^']|'')+)'\)\/\$value$/i,
    verb: 'GET',
    handle: (_fake, list, _req, m) => {
      const bytes = itemOf(list, Number(m[1]))?.attachments?.get(unquote(m[2] as string));
      return bytes
        ? new HttpResponse(bytes, { status: 200, headers: { 'Content-Type': 'application/octet-stream' } })
        : odataError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    },
  },
];
