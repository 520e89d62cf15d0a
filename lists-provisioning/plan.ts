/**
 * Reads a site (GET only) and works out what provisioning must do to make it match the
 * schema: create what is missing, add what a newer schema adds (fields, choices, indexes),
 * and never rewrite or recreate what exists. An up-to-date site yields an empty plan, so a
 * second run sends no write at all; a run stopped half way is simply planned again.
 */
import type { SPFI } from '@pnp/sp';
import { LISTS } from '../src/schema/lists';
import type { FieldDef, ListDef, ViewDef } from '../src/schema/types';
import '../src/adapters/sharepoint/pnp-preset';
import { ADD_ONLY_PERMISSIONS, ADD_ONLY_ROLE, CONTRIBUTE_ROLE_TYPE } from './add-only-role';
import { fieldXml } from './field-xml';

export type StepKind =
  | 'create-list'
  | 'enable-versioning'
  | 'create-field'
  | 'index-field'
  | 'add-choices'
  | 'create-view'
  | 'create-role'
  | 'add-only-permissions';

export type Step = Readonly<{ kind: StepKind; list: string; what: string; run: () => Promise<void> }>;

type ExistingField = { InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean; Choices?: string[] | { results: string[] } };
type ExistingList = { Id: string; EnableVersioning: boolean; HasUniqueRoleAssignments?: boolean; fields: Map<string, ExistingField>; views: Set<string> };

const statusOf = (e: unknown): number | undefined => (e as { status?: number })?.status;

async function readList(sp: SPFI, def: ListDef): Promise<ExistingList | null> {
  const list = sp.web.lists.getByTitle(def.title);
  try {
    const info = await list.select('Id', 'EnableVersioning', 'HasUniqueRoleAssignments')();
    const fields = (await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues', 'Choices')()) as ExistingField[];
    const views = (await list.views.select('Title')()) as Array<{ Title: string }>;
    return {
      Id: info.Id,
      EnableVersioning: info.EnableVersioning,
      HasUniqueRoleAssignments: (info as { HasUniqueRoleAssignments?: boolean }).HasUniqueRoleAssignments,
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
  const existing = new Map<string, ExistingList | null>();
  for (const def of lists) {
    existing.set(def.key, await readList(sp, def));
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
    const list = sp.web.lists.getByTitle(def.title);
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
    for (const field of def.fields) {
      const have = found?.fields.get(field.internalName);
      fields.push(...fieldSteps(def, field, have, () => (field.lookupList ? idOf(field.lookupList) : undefined), list));
    }
    for (const view of def.views) {
      if (!found?.views.has(view.title)) {
        views.push(viewStep(def, view, list));
      }
    }
    if (def.addOnly && !found?.HasUniqueRoleAssignments) {
      security.push({
        kind: 'add-only-permissions',
        list: def.title,
        what: `members may add and read but not edit or delete (role "${ADD_ONLY_ROLE}")`,
        run: async () => {
          const role = await sp.web.roleDefinitions.getByName(ADD_ONLY_ROLE).select('Id')();
          const contribute = await sp.web.roleDefinitions.getByType(CONTRIBUTE_ROLE_TYPE).select('Id')();
          const members = await sp.web.associatedMemberGroup.select('Id')();
          await list.breakRoleInheritance(true, false);
          await list.roleAssignments.remove(members.Id, contribute.Id);
          await list.roleAssignments.add(members.Id, role.Id);
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
  return [...creates, ...fields, ...views, ...security];
}

type ListHandle = ReturnType<SPFI['web']['lists']['getByTitle']>;

function fieldSteps(def: ListDef, field: FieldDef, have: ExistingField | undefined, lookupId: () => string | undefined, list: ListHandle): Step[] {
  if (!have && !field.builtIn) {
    return [
      {
        kind: 'create-field',
        list: def.title,
        what: `${field.internalName} (${field.type}${field.indexed ? ', indexed' : ''}${field.unique ? ', unique' : ''})`,
        run: async () => void (await list.fields.createFieldAsXml(fieldXml(field, lookupId()))),
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
        run: async () =>
          void (await list.fields
            .getByInternalNameOrTitle(field.internalName)
            .update({ Choices: { results: [...current, ...missing] } }, field.type === 'Choice' ? 'SP.FieldChoice' : 'SP.FieldMultiChoice')),
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
