/**
 * Field XML for SharePoint's createFieldAsXml, from the one schema. Internal names and IDs
 * are fixed in the schema, never derived from display names, so every site gets the same
 * columns and a re-run recognises them.
 */
import type { FieldDef } from '../src/schema/types';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const choicesXml = (choices: readonly string[]): string =>
  `<CHOICES>${choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>`;

/** `lookupListId` is the target list's GUID, known once that list exists. */
export function fieldXml(field: FieldDef, lookupListId?: string): string {
  const common = [
    `Name="${field.internalName}"`,
    `StaticName="${field.internalName}"`,
    `DisplayName="${esc(field.displayName)}"`,
    `ID="{${field.id}}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    ...(field.indexed || field.unique ? ['Indexed="TRUE"'] : []),
    ...(field.unique ? ['EnforceUniqueValues="TRUE"'] : []),
  ];
  const attrs = (type: string, ...more: string[]): string => [`Type="${type}"`, ...common, ...more].join(' ');
  switch (field.type) {
    case 'Text':
      return `<Field ${attrs('Text', 'MaxLength="255"')}/>`;
    case 'Note':
      // Plain text: stored text is never HTML, so nothing needs sanitising to display it.
      return `<Field ${attrs('Note', 'NumLines="6"', 'RichText="FALSE"', 'AppendOnly="FALSE"')}/>`;
    case 'Json':
      return `<Field ${attrs('Note', 'NumLines="6"', 'RichText="FALSE"', 'UnlimitedLengthInDocumentLibrary="TRUE"')}/>`;
    case 'Choice':
      return `<Field ${attrs('Choice', `FillInChoice="${field.fillIn ? 'TRUE' : 'FALSE'}"`, 'Format="Dropdown"')}>${choicesXml(field.choices ?? [])}</Field>`;
    case 'MultiChoice':
      return `<Field ${attrs('MultiChoice', `FillInChoice="${field.fillIn ? 'TRUE' : 'FALSE'}"`)}>${choicesXml(field.choices ?? [])}</Field>`;
    case 'DateOnly':
      return `<Field ${attrs('DateTime', 'Format="DateOnly"', 'FriendlyDisplayFormat="Disabled"')}/>`;
    case 'DateTime':
      return `<Field ${attrs('DateTime', 'Format="DateTime"')}/>`;
    case 'Integer':
      return `<Field ${attrs('Number', 'Decimals="0"')}/>`;
    case 'Boolean':
      return `<Field ${attrs('Boolean')}><Default>0</Default></Field>`;
    case 'User':
      return `<Field ${attrs('User', 'UserSelectionMode="PeopleOnly"', 'List="UserInfo"', 'ShowField="ImnName"')}/>`;
    case 'Lookup':
      if (!lookupListId) {
        throw new Error(`${field.internalName}: a lookup needs its target list's id`);
      }
      return `<Field ${attrs('Lookup', `List="{${lookupListId}}"`, 'ShowField="Title"')}/>`;
  }
}
