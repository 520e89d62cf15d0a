/**
 * Reads a site (GET only) and works out what provisioning must do to make it match the
 * schema: create what is missing, add what a newer schema adds (fields, choices, indexes),
 * and never rewrite or recreate what exists. An up-to-date site yields an empty plan, so a
 * second run sends no write at all; a run stopped half way is simply planned again.
 */
import type { SPFI } from '@pnp/sp';
import { LISTS } from '../src/schema/lists';
import type { FieldDef, ListDef, ViewDef } from '../src/schema/types';
import { sharePointFieldsOf } from '../src/schema/text-overflow';
import { listAt, type ListHandle } from '../src/adapters/sharepoint/list-address';
import '../src/adapters/sharepoint/pnp-preset';
import { ADD_ONLY_PERMISSIONS, ADD_ONLY_ROLE } from './add-only-role';
import { addChoicesToXml } from './choices-xml';
import { createField } from './create-field';
import { roleGroupSteps } from './role-groups';

export type StepKind =
  | 'create-list'
  | 'enable-versioning'
  | 'create-field'
  | 'index-field'
  | 'add-choices'
  | 'create-view'
  | 'create-role'
  | 'add-only-permissions'
  | 'role-group-visibility';

export type Step = Readonly<{ kind: StepKind; list: string; what: string; run: () => Promise<void> }>;

type ExistingField = { InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean; SchemaXml?: string; Choices?: string[] | { results: string[] } };
type ExistingList = {
  Id: string;
  EnableVersioning: boolean;
  HasUniqueRoleAssignments?: boolean;
  /** the permission levels the site's Members hold on this list, when its permissions are its own */
  memberRoles: string[];
  fields: Map<string, ExistingField>;
  views: Set<string>;
};

const statusOf = (e: unknown): number | undefined => (e as { status?: number })?.status;

/** The roles a principal holds on a list with its own permissions; none if it holds none. */
async function rolesOn(list: ListHandle, principalId: number): Promise<Array<{ Id: number; Name: string }>> {
  try {
    return (await list.roleAssignments.getById(principalId).bindings.select('Id', 'Name')()) as Array<{ Id: number; Name: string }>;
  } catch (error) {
    if (statusOf(error) === 404) {
      return [];
    }
    throw error;
  }
}

async function readList(sp: SPFI, siteUrl: string, def: ListDef, membersId: () => Promise<number>): Promise<ExistingList | null> {
  const list = listAt(sp, siteUrl, def);
  try {
    const info = await list.select('Id', 'EnableVersioning', 'HasUniqueRoleAssignments')();
    const fields = (await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues', 'Choices', 'SchemaXml')()) as ExistingField[];
    const views = (await list.views.select('Title')()) as Array<{ Title: string }>;
    const unique = (info as { HasUniqueRoleAssignments?: boolean }).HasUniqueRoleAssignments === true;
    return {
      Id: info.Id,
      EnableVersioning: info.EnableVersioning,
      HasUniqueRoleAssignments: unique,
      memberRoles: def.addOnly && unique ? (await rolesOn(list, await membersId())).map((r) => r.Name) : [],
      fields: new Map(fields.map((f) => [f.InternalName, f])),
      views: new Set(views.map((v) => v.Title)),
    };
  } catch (error) {
    if (statusOf(error) === 404) {
      return null;
    }
    throw error;
  }
}

const choicesOf = (f: ExistingField): string[] => (Array.isArray(f.Choices) ? f.Choices : (f.Choices?.results ?? []));

export async function planProvisioning(sp: SPFI, lists: readonly ListDef[] = LISTS): Promise<Step[]> {
  // Lists are addressed by URL (list-address.ts), which needs the site's own address.
  const web = await sp.web.select('Url')();
  const siteUrl = String((web as { Url: string }).Url);
  let members: Promise<number> | null = null;
  const membersId = (): Promise<number> => (members ??= sp.web.associatedMemberGroup.select('Id')().then((g) => g.Id as number));
  const existing = new Map<string, ExistingList | null>();
  for (const def of lists) {
    existing.set(def.key, await readList(sp, siteUrl, def, membersId));
  }
  // Lists created by this run get their ids when created; lookups read them at run time.
  const listIds = new Map<string, string>();
  for (const [key, found] of existing) {
    if (found) {
      listIds.set(key, found.Id);
    }
  }
  const idOf = (key: string): string => {
    const id = listIds.get(key);
    if (!id) {
      throw new Error(`lookup target ${key} has not been created`);
    }
    return id;
  };

  const creates: Step[] = [];
  const fields: Step[] = [];
  const views: Step[] = [];
  const security: Step[] = [];

  for (const def of lists) {
    const found = existing.get(def.key) ?? null;
    const list = listAt(sp, siteUrl, def);
    if (!found) {
      creates.push({
        kind: 'create-list',
        list: def.title,
        what: `${def.template === 'DocumentLibrary' ? 'document library' : 'list'} "${def.title}" with versioning`,
        run: async () => {
          const info = await sp.web.lists.add(def.title, def.description, def.template === 'DocumentLibrary' ? 101 : 100, false, { EnableVersioning: true });
          listIds.set(def.key, info.Id);
        },
      });
    } else if (!found.EnableVersioning) {
      creates.push({ kind: 'enable-versioning', list: def.title, what: 'turn versioning on', run: async () => void (await list.update({ EnableVersioning: true })) });
    }
    for (const field of sharePointFieldsOf(def.fields)) {
      const have = found?.fields.get(field.internalName);
      fields.push(...fieldSteps(def, field, have, () => (field.lookupList ? idOf(field.lookupList) : undefined), list));
    }
    for (const view of def.views) {
      if (!found?.views.has(view.title)) {
        views.push(viewStep(def, view, list));
      }
    }
    const addOnlyDone = found?.HasUniqueRoleAssignments === true && found.memberRoles.length === 1 && found.memberRoles[0] === ADD_ONLY_ROLE;
    if (def.addOnly && !addOnlyDone) {
      security.push({
        kind: 'add-only-permissions',
        list: def.title,
        what: `members may add and read but not edit or delete (role "${ADD_ONLY_ROLE}")`,
        run: async () => {
          const role = await sp.web.roleDefinitions.getByName(ADD_ONLY_ROLE).select('Id')();
          const membersGroup = await membersId();
          if (!found?.HasUniqueRoleAssignments) {
            await list.breakRoleInheritance(true, false);
          }
          // Members hold Edit on a modern team site, Contribute on a classic one, or whatever an
          // owner gave them: remove every role they hold here, whatever its kind, then add ours.
          for (const held of await rolesOn(list, membersGroup)) {
            if (held.Id !== role.Id) {
              await list.roleAssignments.remove(membersGroup, held.Id);
            }
          }
          await list.roleAssignments.add(membersGroup, role.Id);
        },
      });
    }
  }
  if (security.length > 0) {
    const hasRole = await sp.web.roleDefinitions
      .getByName(ADD_ONLY_ROLE)
      .select('Id')()
      .then(
        () => true,
        (e: unknown) => {
          if (statusOf(e) === 404) {
            return false;
          }
          throw e;
        }
      );
    if (!hasRole) {
      security.unshift({
        kind: 'create-role',
        list: '(site)',
        what: `permission level "${ADD_ONLY_ROLE}"`,
        run: async () => void (await sp.web.roleDefinitions.add(ADD_ONLY_ROLE, 'Add and read list items; no edit or delete', 100, ADD_ONLY_PERMISSIONS)),
      });
    }
  }
  return [...creates, ...fields, ...views, ...security, ...(await roleGroupSteps(sp))];
}

function fieldSteps(def: ListDef, field: FieldDef, have: ExistingField | undefined, lookupId: () => string | undefined, list: ListHandle): Step[] {
  if (!have && !field.builtIn) {
    return [
      {
        kind: 'create-field',
        list: def.title,
        what: `${field.internalName} (${field.type}${field.indexed ? ', indexed' : ''}${field.unique ? ', unique' : ''})`,
        run: () => createField(list, field, lookupId()),
      },
    ];
  }
  const steps: Step[] = [];
  const wantIndex = field.indexed === true || field.unique === true;
  const needsIndex = wantIndex && have?.Indexed !== true;
  const needsUnique = field.unique === true && have?.EnforceUniqueValues !== true;
  if (needsIndex || needsUnique) {
    steps.push({
      kind: 'index-field',
      list: def.title,
      what: `${field.internalName}: ${needsIndex ? 'index' : ''}${needsIndex && needsUnique ? ', ' : ''}${needsUnique ? 'enforce unique values' : ''}`,
      run: async () =>
        void (await list.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true, ...(field.unique ? { EnforceUniqueValues: true } : {}) }, 'SP.Field')),
    });
  }
  if (have && (field.type === 'Choice' || field.type === 'MultiChoice')) {
    const current = choicesOf(have);
    const missing = (field.choices ?? []).filter((c) => !current.includes(c));
    if (missing.length > 0) {
      steps.push({
        kind: 'add-choices',
        list: def.title,
        what: `${field.internalName}: add ${missing.map((c) => `"${c}"`).join(', ')}`,
        // Choices belong to SP.FieldChoice, which a JSON-light update of a field cannot name (PnPjs
        // v4 sends no type), and the verbose { results } shape is refused: SchemaXml is a property
        // of every field, so the choices go in through it.
        run: async () => {
          const handle = list.fields.getByInternalNameOrTitle(field.internalName);
          const { SchemaXml } = (await handle.select('SchemaXml')()) as { SchemaXml: string };
          await handle.update({ SchemaXml: addChoicesToXml(SchemaXml, missing) });
        },
      });
    }
  }
  return steps;
}

function viewStep(def: ListDef, view: ViewDef, list: ListHandle): Step {
  return {
    kind: 'create-view',
    list: def.title,
    what: `view "${view.title}"`,
    run: async () => {
      const created = await list.views.add(view.title, false, { ViewQuery: view.caml, RowLimit: view.rowLimit });
      const fields = list.views.getById(created.Id).fields;
      for (const f of view.fields) {
        await fields.add(f);
      }
    },
  };
}
