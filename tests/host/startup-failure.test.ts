import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../src/core/errors';
import { classifyStartupFailure } from '../../src/host/startup-failure';
import { SignInError } from '../../src/host/token-provider';

describe('why the tab could not start', () => {
  it('a failed sign-in is an authentication failure, in MSAL’s explained words', () => {
    const f = classifyStartupFailure(new SignInError('Sign-in was cancelled.', 'user_cancelled'));
    expect(f).toMatchObject({ kind: 'sign-in', title: 'Action Tracker could not sign you in', message: 'Sign-in was cancelled.' });
    expect(f.teams).toEqual({ expected: false, reason: 'AuthFailed' });
  });

  it('a SharePoint 403 is an expected permission failure that says who can grant access, not a failed sign-in', () => {
    for (const error of [new ForbiddenError('SharePoint refused access to Actions.'), Object.assign(new Error('Forbidden'), { status: 403 })]) {
      const f = classifyStartupFailure(error);
      expect(f.kind).toBe('permission');
      expect(f.title).not.toMatch(/sign you in/);
      expect(f.message).toMatch(/site’s owner or your board secretary/);
      expect(f.teams).toEqual({ expected: true, reason: 'PermissionError' });
    }
  });

  it('missing lists send an administrator to provisioning', () => {
    const f = classifyStartupFailure(new NotFoundError('list', 'Actions'));
    expect(f).toMatchObject({ kind: 'not-found', teams: { expected: true, reason: 'NotFound' } });
    expect(f.message).toMatch(/tracker provision/);
  });

  it('throttling and being offline are expected failures with what to do', () => {
    expect(classifyStartupFailure(Object.assign(new Error('Too many requests'), { status: 429 }))).toMatchObject({ kind: 'throttled', teams: { reason: 'Throttling' } });
    expect(classifyStartupFailure(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'offline', teams: { reason: 'Offline' } });
    expect(classifyStartupFailure(new Error('whatever'), false)).toMatchObject({ kind: 'offline' });
  });

  it('anything else keeps its message and is an unexpected failure', () => {
    expect(classifyStartupFailure(new Error('boom'))).toMatchObject({ kind: 'other', message: 'boom', teams: { expected: false, reason: 'Other' } });
    expect(classifyStartupFailure('plain')).toMatchObject({ kind: 'other', message: 'plain' });
  });
});
