/**
 * How each schema field is stored in SQLite: one column per field (two for a person: the id,
 * which is indexed, and the display name), JSON for multi-values.
 */
import type { FieldDef } from '../../schema/types';
import type { PersonRef } from '../../core/model';

export type SqlValue = string | number | null;

export function columnsOf(field: FieldDef): Array<{ name: string; type: 'TEXT' | 'INTEGER' }> {
  switch (field.type) {
    case 'User':
      return [
        { name: field.internalName, type: 'TEXT' },
        { name: `${field.internalName}_Name`, type: 'TEXT' },
      ];
    case 'Boolean':
    case 'Integer':
    case 'Lookup':
      return [{ name: field.internalName, type: 'INTEGER' }];
    default:
      return [{ name: field.internalName, type: 'TEXT' }];
  }
}

export function encodeField(field: FieldDef, value: unknown): Record<string, SqlValue> {
  const col = field.internalName;
  switch (field.type) {
    case 'User': {
      const person = value as PersonRef | null | undefined;
      return { [col]: person?.id ?? null, [`${col}_Name`]: person?.displayName ?? null };
    }
    case 'Boolean':
      return { [col]: value === null || value === undefined ? null : value ? 1 : 0 };
    case 'Json':
    case 'MultiChoice':
      return { [col]: JSON.stringify(value ?? []) };
    case 'Integer':
    case 'Lookup':
      return { [col]: value === null || value === undefined ? null : Number(value) };
    default:
      return { [col]: value === null || value === undefined ? null : String(value) };
  }
}

export function decodeField(field: FieldDef, row: Record<string, unknown>): unknown {
  const raw = row[field.internalName];
  switch (field.type) {
    case 'User': {
      const name = row[`${field.internalName}_Name`];
      return typeof raw === 'string' ? { id: raw, displayName: typeof name === 'string' ? name : raw } : null;
    }
    case 'Boolean':
      return raw === null || raw === undefined ? false : raw === 1;
    case 'Json':
    case 'MultiChoice':
      return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : [];
    default:
      return raw ?? null;
  }
}

/** A condition's value in SQL terms (a person filter compares the id column). */
export function encodeConditionValue(field: FieldDef, value: unknown): SqlValue {
  if (field.type === 'Boolean') {
    return value ? 1 : 0;
  }
  if (field.type === 'User' && value !== null && typeof value === 'object') {
    return (value as PersonRef).id;
  }
  return value === null || value === undefined ? null : (value as SqlValue);
}
