/**
 * Creates one field from the schema's XML and checks that SharePoint kept its internal name.
 * createFieldAsXml ignores the XML's Name unless the AddFieldInternalNameHint option is set
 * and derives the name from the DisplayName instead ("Due (as written)" becomes
 * "Due_x0020__x0028_as_x0020_written_x0029_"); every query, view and write names fields by
 * internal name, so a field under another name is as good as missing. Options are
 * SP.AddFieldOptions (learn.microsoft.com, "SP.AddFieldOptions enumeration"):
 * AddToDefaultContentType = 1, AddFieldInternalNameHint = 8.
 */
import { AddFieldOptions } from '@pnp/sp/fields/index.js';
import type { ListHandle } from '../src/adapters/sharepoint/list-address';
import type { FieldDef } from '../src/schema/types';
import { fieldXml } from './field-xml';

export class FieldNameError extends Error {
  readonly code = 'FIELD_INTERNAL_NAME';
  constructor(
    readonly expected: string,
    readonly actual: string
  ) {
    super(`SharePoint created the field as "${actual}", not "${expected}": delete that column in the list settings and run provisioning again`);
    this.name = 'FieldNameError';
  }
}

export async function createField(list: ListHandle, field: FieldDef, lookupListId: string | undefined): Promise<void> {
  const created = (await list.fields.createFieldAsXml({
    SchemaXml: fieldXml(field, lookupListId),
    Options: AddFieldOptions.AddToDefaultContentType | AddFieldOptions.AddFieldInternalNameHint,
  })) as { InternalName?: string };
  if (created.InternalName !== field.internalName) {
    throw new FieldNameError(field.internalName, String(created.InternalName));
  }
}
