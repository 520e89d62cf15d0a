/** A list's fields: read them, create one from XML, read or update one by internal name. */
import type { FakeSharePoint } from '../sharepoint-fake';
import { VIEW_THRESHOLD } from './items';
import { json, noContent, odataError, unescapeXml, xmlAttr } from './odata';
import type { ListRoute } from './route';
import type { FakeField, FakeList } from './types';

export function addFieldXml(_fake: FakeSharePoint, list: FakeList, xml: string): FakeField {
  const name = xmlAttr(xml, 'Name') ?? xmlAttr(xml, 'StaticName');
  if (!name) {
    throw new Error('fake: field XML without Name');
  }
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => unescapeXml(m[1] as string));
  const field: FakeField = {
    InternalName: name,
    Title: xmlAttr(xml, 'DisplayName') ?? name,
    TypeAsString: xmlAttr(xml, 'Type') ?? 'Text',
    Id: (xmlAttr(xml, 'ID') ?? '').replace(/[{}]/g, ''),
    Indexed: xmlAttr(xml, 'Indexed') === 'TRUE',
    EnforceUniqueValues: xmlAttr(xml, 'EnforceUniqueValues') === 'TRUE',
    Choices: choices,
    SchemaXml: xml,
  };
  list.fields.set(name, field);
  return field;
}

export const fieldRoutes: ListRoute[] = [
  { pattern: /^\/fields$/i, verb: 'GET', handle: (_fake, list) => json({ value: [...list.fields.values()] }) },
  {
    pattern: /^\/fields\/createFieldAsXml$/i,
    verb: 'POST',
    handle: (fake, list, req) => {
      const xml = String((req.body.parameters as { SchemaXml?: string } | undefined)?.SchemaXml ?? '');
      const name = xmlAttr(xml, 'Name');
      if (name && list.fields.has(name)) {
        return odataError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
      }
      return json(addFieldXml(fake, list, xml), { status: 201 });
    },
  },
  {
    pattern: /^\/fields\/getByInternalNameOrTitle\('(.+)'\)$/i,
    handle: (_fake, list, req, m) => {
      const field = list.fields.get(m[1] as string);
      if (!field) {
        return odataError(404, '-2147024809, System.ArgumentException', `Column '${m[1]}' does not exist.`);
      }
      if (req.verb === 'GET') {
        return json(field);
      }
      const body = req.body;
      if ('Indexed' in body) {
        if (list.items.size > VIEW_THRESHOLD && body.Indexed === true) {
          return odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'Cannot index a column of a list over the view threshold.');
        }
        field.Indexed = body.Indexed === true;
      }
      if ('EnforceUniqueValues' in body) {
        field.EnforceUniqueValues = body.EnforceUniqueValues === true;
      }
      if (Array.isArray((body.Choices as { results?: string[] } | undefined)?.results)) {
        field.Choices = (body.Choices as { results: string[] }).results;
      }
      return noContent();
    },
  },
];
