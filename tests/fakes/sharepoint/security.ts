/**
 * Permission levels (role definitions) and a list's role assignments. On a modern team site
 * (the kind a Microsoft 365 group creates) Members hold **Edit**, not Contribute, and a list
 * whose inheritance is broken with copyRoleAssignments keeps Owners' Full Control, Members'
 * Edit and Visitors' Read.
 */
import { HttpResponse } from 'msw';
import { json, odataError } from './odata';
import type { ListRoute, SiteRoute } from './route';
import type { FakeRole } from './types';

const levelNotFound = (): Response => odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level not found.');

export const roleRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/roledefinitions\/getByName\('(.+)'\)$/i,
    handle: (fake, _req, m) => {
      const role = fake.roles.find((r) => r.Name === m[1]);
      return role ? json(role) : levelNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/roledefinitions\/getByType\((\d+)\)$/i,
    handle: (fake, _req, m) => {
      const role = fake.roles.find((r) => r.RoleTypeKind === Number(m[1]));
      return role ? json(role) : levelNotFound();
    },
  },
  {
    pattern: /^\/_api\/web\/roledefinitions$/i,
    verb: 'POST',
    handle: (fake, req) => {
      const role: FakeRole = { Id: 1073741900 + fake.roles.length, Name: String(req.body.Name), RoleTypeKind: 0, BasePermissions: req.body.BasePermissions as FakeRole['BasePermissions'] };
      fake.roles.push(role);
      return json(role, { status: 201 });
    },
  },
];

export const roleAssignmentRoutes: ListRoute[] = [
  {
    pattern: /^\/breakroleinheritance\(copyroleassignments=(true|false), clearsubscopes=(true|false)\)$/i,
    handle: (fake, list, _req, m) => {
      list.HasUniqueRoleAssignments = true;
      list.roleAssignments = m[1] === 'true' ? fake.siteRoleAssignments.map((a) => ({ ...a })) : [];
      return new HttpResponse(null, { status: 200 });
    },
  },
  {
    pattern: /^\/roleassignments\((\d+)\)\/roledefinitionbindings$/i,
    verb: 'GET',
    handle: (fake, list, _req, m) => {
      const principalId = Number(m[1]);
      const held = (list.HasUniqueRoleAssignments ? list.roleAssignments : fake.siteRoleAssignments).filter((a) => a.principalId === principalId);
      if (held.length === 0) {
        return odataError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + principalId + '.');
      }
      return json({ value: held.map((a) => fake.roles.find((r) => r.Id === a.roleId)).filter(Boolean) });
    },
  },
  {
    pattern: /^\/roleassignments\/(add|remove)roleassignment\(principalid=(\d+), roledefid=(\d+)\)$/i,
    handle: (_fake, list, _req, m) => {
      const principalId = Number(m[2]);
      const roleId = Number(m[3]);
      list.roleAssignments = list.roleAssignments.filter((r) => !(r.principalId === principalId && r.roleId === roleId));
      if ((m[1] as string).toLowerCase() === 'add') {
        list.roleAssignments.push({ principalId, roleId });
      }
      return new HttpResponse(null, { status: 200 });
    },
  },
];
