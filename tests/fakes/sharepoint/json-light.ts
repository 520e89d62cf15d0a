/**
 * JSON light (odata=minimalmetadata / nometadata): the format PnPjs v4 sends. SharePoint reads
 * a write body against the entity type the URL addresses and refuses what that type does not
 * define, and it refuses the verbose shapes (`__metadata`, `{ results: [...] }` collections)
 * unless the request says `odata=verbose`.
 */
import { odataError } from './odata';

const isVerbose = (headers: Headers): boolean => /odata=verbose/i.test(headers.get('Content-Type') ?? '');

/** The type a JSON-light body names for itself, if it does. */
export function declaredType(body: Record<string, unknown>): string | null {
  const t = body['@odata.type'] ?? body['odata.type'] ?? (body.__metadata as { type?: unknown } | undefined)?.type;
  return typeof t === 'string' ? t : null;
}

/** Refuses the verbose shapes in a JSON-light request; null when the body is acceptable. */
export function refuseVerboseShapes(headers: Headers, body: Record<string, unknown>, typeName: string): Response | null {
  if (isVerbose(headers)) {
    return null;
  }
  if ('__metadata' in body) {
    return odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '__metadata' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
  }
  for (const [key, value] of Object.entries(body)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'results' in value) {
      return odataError(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `An unexpected 'StartObject' node was found for property named '${key}' when reading from the JSON reader. A 'StartArray' node was expected.`
      );
    }
  }
  return null;
}

export const unknownProperty = (key: string, typeName: string): Response =>
  odataError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${key}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
