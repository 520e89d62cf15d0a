/**
 * Errors that cross the domain boundary. Every error carries a literal `code` so callers
 * (the HTTP API, the CLI, the tab) can branch without parsing messages, and validation
 * errors name the field and the value that was refused.
 */
export type TrackerErrorCode =
  | 'INVALID_VALUE'
  | 'RULE_VIOLATION'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'QUERY_NOT_INDEXED'
  | 'FORBIDDEN'
  | 'IMPORT_FORMAT'
  | 'DUPLICATE_KEY'
  /** a file past an import's bounds (rows, cell length, inflated size) */
  | 'IMPORT_TOO_LARGE'
  /** another import wrote the same items first; nothing of this one was written */
  | 'IMPORT_CONFLICT';

export class TrackerError extends Error {
  readonly code: TrackerErrorCode;

  constructor(code: TrackerErrorCode, message: string) {
    super(message);
    this.name = 'TrackerError';
    this.code = code;
  }
}

/** A value that is not allowed for a field: names the field and quotes the value. */
export class InvalidValueError extends TrackerError {
  readonly field: string;
  readonly value: unknown;
  readonly problem: string;

  constructor(field: string, value: unknown, problem: string) {
    super('INVALID_VALUE', `${field}: ${problem} (${formatValue(value)})`);
    this.name = 'InvalidValueError';
    this.field = field;
    this.value = value;
    this.problem = problem;
  }
}

/** A business rule enforced when a person saves (e.g. RED needs a rationale). */
export class RuleViolationError extends TrackerError {
  readonly field: string;
  readonly rule: string;

  constructor(field: string, rule: string, message: string) {
    super('RULE_VIOLATION', `${field}: ${message}`);
    this.name = 'RuleViolationError';
    this.field = field;
    this.rule = rule;
  }
}

export class NotFoundError extends TrackerError {
  constructor(what: string, id: unknown) {
    super('NOT_FOUND', `${what} ${formatValue(id)} was not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * Someone else saved the item after it was read. Carries the current stored value so the
 * caller can merge three-way instead of overwriting.
 */
export class VersionConflictError<T = unknown> extends TrackerError {
  readonly current: T;
  readonly expectedVersion: string;

  constructor(expectedVersion: string, current: T) {
    super('VERSION_CONFLICT', `the item changed since version ${expectedVersion} was read`);
    this.name = 'VersionConflictError';
    this.current = current;
    this.expectedVersion = expectedVersion;
  }
}

/** A query whose first filter is not on an indexed column: it would fail on a large SharePoint list. */
export class QueryNotIndexedError extends TrackerError {
  constructor(list: string, field: string | undefined) {
    super(
      'QUERY_NOT_INDEXED',
      `${list}: queries must filter first on an indexed column (got ${field ?? 'no filter'})`
    );
    this.name = 'QueryNotIndexedError';
  }
}

export class ForbiddenError extends TrackerError {
  constructor(message: string) {
    super('FORBIDDEN', message);
    this.name = 'ForbiddenError';
  }
}

/**
 * A value already held by a unique column (ReminderLog's key, a source key): another writer got
 * there first. The reminder run claims a nudge by inserting its key, so this means "not yours".
 */
export class DuplicateKeyError extends TrackerError {
  readonly field: string;
  readonly value: unknown;

  constructor(list: string, field: string, value: unknown) {
    super('DUPLICATE_KEY', `${list}.${field}: ${formatValue(value)} is already in use`);
    this.name = 'DuplicateKeyError';
    this.field = field;
    this.value = value;
  }
}

export function formatValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  }
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json;
}

export function isTrackerError(error: unknown): error is TrackerError {
  return error instanceof TrackerError;
}
