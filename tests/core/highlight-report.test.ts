import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import type { InvalidValueError } from '../../src/core/errors';
import { highlightPatch, highlightUpdate, pointsOf, validateHighlight } from '../../src/core/highlight-report';
import { asItemId, type Stored } from '../../src/core/model';

const report = {
  reportDate: '2023-05-10',
  projectRag: 'amber',
  benefitRag: null,
  progress: ['Survey closed', '  '],
  keyNextSteps: ['Publish results'],
  recommendationsToBoard: ' Note the results ',
  decisionsRequired: '',
  kpis: [],
};

const refused = (body: unknown): InvalidValueError => {
  try {
    validateHighlight(body);
  } catch (e) {
    return e as InvalidValueError;
  }
  throw new Error('accepted');
};

describe('a highlight report', () => {
  it('is read field by field: RAG words in any case, blank points and texts dropped', () => {
    expect(validateHighlight(report)).toEqual({
      reportDate: '2023-05-10',
      projectRag: 'AMBER',
      benefitRag: null,
      progress: ['Survey closed'],
      keyNextSteps: ['Publish results'],
      recommendationsToBoard: 'Note the results',
      decisionsRequired: null,
      kpis: [],
    });
  });

  it('refuses a missing or impossible date, a bad RAG, a non-list and unknown fields, naming the field', () => {
    expect(refused({ ...report, reportDate: undefined }).field).toBe('reportDate');
    expect(refused({ ...report, reportDate: '2023-02-30' }).field).toBe('reportDate');
    expect(refused({ ...report, benefitRag: 'PURPLE' }).field).toBe('benefitRag');
    expect(refused({ ...report, kpis: 'one' }).field).toBe('kpis');
    expect(refused({ ...report, owner: 'x' }).field).toBe('owner');
    expect(refused(null).field).toBe('report');
  });

  it('reads a text box as points, one a line, without bullets', () => {
    expect(pointsOf('- one\n\n• two\n  three  ')).toEqual(['one', 'two', 'three']);
  });

  it('becomes the workstream’s state and one dated highlight update in the seed reports’ shape', () => {
    const valid = validateHighlight(report);
    expect(highlightPatch(valid)).toMatchObject({ projectRag: 'AMBER', nextSteps: ['Publish results'], lastReportDate: '2023-05-10' });
    const w = { id: asItemId(7), title: 'Health and Wellbeing', programme: 'E&I', projectRag: 'GREEN', owner: null, ownerText: 'Director of HR', objectives: ['Be well'] } as unknown as Stored<'workstreams'>;
    const u = highlightUpdate(w, valid, { id: 'a@b', displayName: 'A B' }, '2023-05-10T09:00:00.000Z');
    expect(u).toMatchObject({ kind: 'highlight', list: 'workstreams', itemId: 7, previousRag: 'GREEN', newRag: 'AMBER', benefitRag: null, reportDate: '2023-05-10' as IsoDate, reportDateText: '10/05/2023', author: 'a@b' });
    expect(JSON.parse(u.body as string)).toMatchObject({ workstream: 'Health and Wellbeing', ownerRole: 'Director of HR', objectives: ['Be well'], progress: ['Survey closed'], nextSteps: ['Publish results'], recommendationsToBoard: 'Note the results' });
  });
});
