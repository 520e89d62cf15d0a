/**
 * A list's fields: read them, create one from XML, read or update one by internal name.
 * Strict as SharePoint is: createFieldAsXml names the field from its DisplayName unless asked
 * to keep Name (internal-names.ts), and a field update is read as SP.Field unless the body
 * declares a subtype, in JSON light only (json-light.ts).
 */
import type { FakeSharePoint } from '../sharepoint-fake';
import { ADD_FIELD_INTERNAL_NAME_HINT, internalNameFromDisplayName } from './internal-names';
import { VIEW_THRESHOLD } from './items';
import { declaredType, refuseVerboseShapes, unknownProperty } from './json-light';
import { json, noContent, odataError, unescapeXml, xmlAttr } from './odata';
import type { ListRoute } from './route';
import type { FakeField, FakeList } from './types';

/** Properties of SP.Field itself: any field accepts them in an update. */
const SP_FIELD_PROPERTIES = new Set([
  'Title', 'Description', 'Required', 'Hidden', 'Indexed', 'EnforceUniqueValues', 'SchemaXml', 'Group', 'DefaultValue',
  'ValidationFormula', 'ValidationMessage', 'ReadOnlyField', 'JSLink', 'StaticName', 'Direction', 'CustomFormatter',
]);

/** Properties a subtype adds: accepted only when the body declares that subtype. */
const SUBTYPE_PROPERTIES: Record<string, ReadonlySet<string>> = {
  'SP.FieldChoice': new Set(['Choices', 'FillInChoice', 'EditFormat', 'Mappings']),
  'SP.FieldMultiChoice': new Set(['Choices', 'FillInChoice', 'Mappings']),
  'SP.FieldText': new Set(['MaxLength']),
  'SP.FieldMultiLineText': new Set(['NumberOfLines', 'RichText', 'AppendOnly', 'AllowHyperlink', 'RestrictedMode', 'UnlimitedLengthInDocumentLibrary']),
  'SP.FieldNumber': new Set(['MinimumValue', 'MaximumValue', 'DisplayFormat', 'ShowAsPercentage']),
  'SP.FieldDateTime': new Set(['DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat']),
  'SP.FieldUser': new Set(['SelectionMode', 'SelectionGroup', 'AllowDisplay', 'Presence']),
  'SP.FieldLookup': new Set(['LookupField', 'AllowMultipleValues', 'LookupList', 'RelationshipDeleteBehavior']),
};

const choicesOf = (xml: string): string[] => [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => unescapeXml(m[1] as string));

/** Adds a field as provisioning leaves it (the XML's Name kept, as with the internal-name hint). */
export function addFieldXml(_fake: FakeSharePoint, list: FakeList, xml: string, internalName?: string): FakeField {
  const name = internalName ?? xmlAttr(xml, 'Name') ?? xmlAttr(xml, 'StaticName');
  if (!name) {
    throw new Error('fake: field XML without Name');
  }
  const choices = choicesOf(xml);
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
      const parameters = (req.body.parameters ?? {}) as { SchemaXml?: string; Options?: number };
      const xml = String(parameters.SchemaXml ?? '');
      const hinted = ((parameters.Options ?? 0) & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
      const displayName = xmlAttr(xml, 'DisplayName');
      const name = hinted || !displayName ? xmlAttr(xml, 'Name') : internalNameFromDisplayName(displayName);
      if (!name) {
        return odataError(400, '-2147024809, System.ArgumentException', 'The field XML has neither Name nor DisplayName.');
      }
      if (list.fields.has(name)) {
        return odataError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
      }
      return json(addFieldXml(fake, list, xml, name), { status: 201 });
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
      const refused = refuseVerboseShapes(req.headers, body, 'SP.Field') ?? refuseSubtypeProperties(body);
      if (refused) {
        return refused;
      }
      if (typeof body.SchemaXml === 'string') {
        // SharePoint keeps the internal name and id; the rest (display name, choices) follows the XML.
        field.SchemaXml = body.SchemaXml;
        field.Title = xmlAttr(body.SchemaXml, 'DisplayName') ?? field.Title;
        field.Choices = choicesOf(body.SchemaXml);
      }
      if ('Indexed' in body) {
        if (list.items.size > VIEW_THRESHOLD && body.Indexed === true) {
          return odataError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'Cannot index a column of a list over the view threshold.');
        }
        field.Indexed = body.Indexed === true;
      }
      if ('EnforceUniqueValues' in body) {
        field.EnforceUniqueValues = body.EnforceUniqueValues === true;
      }
      const choices = Array.isArray(body.Choices) ? body.Choices : (body.Choices as { results?: unknown } | undefined)?.results;
      if (Array.isArray(choices)) {
        field.Choices = choices as string[];
      }
      return noContent();
    },
  },
];

function refuseSubtypeProperties(body: Record<string, unknown>): Response | null {
  const declared = declaredType(body);
  const extra = declared ? SUBTYPE_PROPERTIES[declared] : undefined;
  for (const key of Object.keys(body)) {
    if (key === '@odata.type' || key === 'odata.type' || key === '__metadata' || SP_FIELD_PROPERTIES.has(key) || extra?.has(key)) {
      continue;
    }
    return unknownProperty(key, declared ?? 'SP.Field');
  }
  return null;
}
