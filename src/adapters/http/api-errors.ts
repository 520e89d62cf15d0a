/** Turns the local server's error bodies back into the domain's typed errors. */
import {
  DuplicateKeyError,
  ForbiddenError,
  InvalidValueError,
  NotFoundError,
  QueryNotIndexedError,
  RuleViolationError,
  TrackerError,
  VersionConflictError,
} from '../../core/errors';

export type ErrorBody = {
  error?: { code?: string; message?: string; field?: string; value?: unknown; current?: unknown };
};

export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

export async function toError(response: Response): Promise<Error> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // not JSON: keep the status
  }
  const e = body.error ?? {};
  const message = e.message ?? `${response.status} ${response.statusText}`;
  switch (e.code) {
    case 'VERSION_CONFLICT':
      return new VersionConflictError('', e.current);
    case 'INVALID_VALUE': {
      // keep the server's wording: it already names the field and value
      const err = new InvalidValueError(e.field ?? 'value', e.value, '');
      err.message = message;
      return err;
    }
    case 'RULE_VIOLATION': {
      const err = new RuleViolationError(e.field ?? 'value', 'rule', '');
      err.message = message;
      return err;
    }
    case 'NOT_FOUND': {
      const err = new NotFoundError('item', '');
      err.message = message;
      return err;
    }
    case 'QUERY_NOT_INDEXED': {
      const err = new QueryNotIndexedError('list', undefined);
      err.message = message;
      return err;
    }
    case 'FORBIDDEN':
      return new ForbiddenError(message);
    case 'DUPLICATE_KEY': {
      const err = new DuplicateKeyError('list', e.field ?? 'key', e.value);
      err.message = message;
      return err;
    }
    case 'IMPORT_FORMAT':
    case 'IMPORT_TOO_LARGE':
    case 'IMPORT_CONFLICT':
      return new TrackerError(e.code, message);
    default:
      return new HttpStatusError(response.status, e.code ?? 'HTTP_ERROR', message);
  }
}
