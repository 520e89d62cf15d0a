/** The state a fake SharePoint site holds: lists, fields, items, views, roles and people. */

export type FakeField = {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Id: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices: string[];
  SchemaXml: string;
};

export type FakeItem = { data: Record<string, unknown>; version: number };

export type FakeView = { Id: string; Title: string; ViewQuery: string; RowLimit: number; fields: string[] };

export type FakeList = {
  Id: string;
  Title: string;
  /** the list's server-relative URL, fixed when it is created (renaming the title keeps it) */
  Url: string;
  BaseTemplate: number;
  EnableVersioning: boolean;
  /** list settings → "Attachments to list items": on by default for a custom list; libraries have none */
  EnableAttachments?: boolean;
  fields: Map<string, FakeField>;
  items: Map<number, FakeItem>;
  nextId: number;
  views: FakeView[];
  HasUniqueRoleAssignments: boolean;
  roleAssignments: Array<{ principalId: number; roleId: number }>;
};

export type FakeRole = { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } };

/** A site user (or a principal such as an Entra group, PrincipalType 4) as SharePoint describes it. */
export type FakeUser = { Id: number; Title: string; Email: string; LoginName: string; UserPrincipalName: string | null; PrincipalType: number };

export type RecordedRequest = Readonly<{ method: string; url: string; inBatch: boolean; bytes: number; userAgent?: string | null }>;
