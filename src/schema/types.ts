/**
 * The shape of a list definition. One definition drives SharePoint provisioning (field XML),
 * the SharePoint adapter ($select, $filter) and the SQLite adapter (tables, indexes).
 */
import type { ListKey } from '../core/model';

export type FieldType =
  | 'Text'
  | 'Note'
  | 'Json'
  | 'Choice'
  | 'MultiChoice'
  | 'DateOnly'
  | 'DateTime'
  | 'Integer'
  | 'Boolean'
  | 'User'
  | 'Lookup';

export type FieldDef = Readonly<{
  /** the property name in the domain record */
  key: string;
  /** SharePoint internal name; never derived from the display name, never renamed */
  internalName: string;
  displayName: string;
  type: FieldType;
  /** fixed field ID so provisioning is idempotent across sites */
  id: string;
  required?: boolean;
  indexed?: boolean;
  unique?: boolean;
  choices?: readonly string[];
  /** allow values beyond `choices` (SharePoint FillInChoice): lists that grow are data */
  fillIn?: boolean;
  lookupList?: ListKey;
  /** SharePoint's own Title field: exists on every list, so it is never created */
  builtIn?: boolean;
  /** for a Json field: what each element of its list is (json-shapes.ts holds the validators) */
  element?: JsonElement;
  /**
   * For a Text field whose text may run past SharePoint's 255 characters (a recommendation's
   * text runs to 1,600): the Note column that holds the whole text on SharePoint, while the
   * field keeps a cut of it for views, sorting and filters (text-overflow.ts). Not a domain
   * field: the record has one text; SQLite, which has no limit, stores it whole.
   */
  overflow?: Readonly<{ internalName: string; displayName: string; id: string }>;
}>;

/** The element kinds a Json field holds: a line of text, a sub-action, a part of a recommendation, a closure fact. */
export type JsonElement = 'text' | 'subAction' | 'part' | 'closureFact' | 'sourceNote' | 'legendEntry';

export type ViewDef = Readonly<{
  title: string;
  /** CAML query for SharePoint; the app computes the same thing through the store query */
  caml: string;
  fields: readonly string[];
  rowLimit: number;
}>;

export type ListDef = Readonly<{
  key: ListKey;
  /** the list's title and URL segment on the site */
  title: string;
  description: string;
  template: 'GenericList' | 'DocumentLibrary';
  fields: readonly FieldDef[];
  views: readonly ViewDef[];
  /** members may add but not edit or delete (Updates) */
  addOnly?: boolean;
}>;
