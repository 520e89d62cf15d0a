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
  | 'IMPORT_CONFLICT'
  /** SharePoint refused a query on a list past its 5,000-item list view threshold */
  | 'LIST_THRESHOLD'
  /** SharePoint kept answering 429 (too many requests) after the retries */
  | 'THROTTLED'
  /** SharePoint answered 503/504 where a retry was not safe, or after the retries */
  | 'UNAVAILABLE';

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

/**
 * SharePoint refused a query because the list holds more than 5,000 items and the query's
 * first filter did not narrow it below that (the list view threshold).
 */
export class ListThresholdError extends TrackerError {
  readonly list: string;

  constructor(list: string) {
    super(
      'LIST_THRESHOLD',
      `The ${list} list holds more than 5,000 items and SharePoint refused to search it this way (its list view threshold). ` +
        'Narrow what you asked for (by owner, due date or status) and try again; if it keeps happening, ask an administrator to run `tracker provision` so the list’s indexes are in place.'
    );
    this.name = 'ListThresholdError';
    this.list = list;
  }
}

/** SharePoint still asked us to slow down (429) after the bounded retries. */
export class ThrottledError extends TrackerError {
  /** what SharePoint's last Retry-After asked for, when it said */
  readonly retryAfterSeconds: number | null;

  constructor(retryAfterSeconds: number | null) {
    const wait = retryAfterSeconds === null ? 'a minute' : retryAfterSeconds <= 60 ? 'a minute' : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
    super('THROTTLED', `SharePoint is busy and asked Action Tracker to slow down. Wait ${wait} and try again; what you typed is kept.`);
    this.name = 'ThrottledError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * SharePoint did not answer (503/504). A read was retried first; a write that could not be
 * safely repeated may or may not have been applied, and the message says to check.
 */
export class UnavailableError extends TrackerError {
  readonly wasWrite: boolean;

  constructor(wasWrite: boolean) {
    super(
      'UNAVAILABLE',
      wasWrite
        ? 'SharePoint did not answer while saving, so it is not known whether the change was saved. Reload to check before saving again.'
        : 'SharePoint is not answering at the moment. Try again in a few minutes.'
    );
    this.name = 'UnavailableError';
    this.wasWrite = wasWrite;
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
