import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HttpClosureClient } from '../../../src/adapters/http/closure-api';
import { FileEvidenceStore } from '../../../src/adapters/local/file-evidence';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE, SEED_BOARDS } from '../../../src/seed/people';
import { startLocalServer } from '../../../src/server/create-server';
import { closureClientContract, OWNER } from '../../ports/closure-client.contract';
import { aBoardWithItems } from '../../helpers/board-builders';

closureClientContract('local mode (HttpClosureClient → local server → SQLite, files beside the database)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'closure-contract-'));
  const store = new SqliteStore();
  const evidence = new FileEvidenceStore(dir);
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0, evidence });
  return {
    clientFor: (id) => new HttpClosureClient({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => id }),
    store,
    evidence,
    close: async () => {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

it('serves an evidence file back as a download with its type, only with the launch’s secret', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'closure-evidence-'));
  const store = new SqliteStore();
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0, evidence: new FileEvidenceStore(dir) });
  try {
    const { action } = await aBoardWithItems(store, SEED_BOARDS.operational, OWNER);
    const client = new HttpClosureClient({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => OWNER.id });
    await client.propose('actions', action.id, action.version, { note: 'done', file: { name: 'Board minute.docx', bytes: new Uint8Array([80, 75, 3, 4, 9]) } });
    const url = (await client.view('actions', action.id)).proposal?.file?.url ?? '';
    expect(url).toBe(`/api/evidence/actions/${action.id}/Board%20minute.docx`);
    const got = await fetch(`${server.url}${url}`, { headers: { Cookie: server.sessionCookie } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment/);
    expect([...new Uint8Array(await got.arrayBuffer())]).toEqual([80, 75, 3, 4, 9]);
    expect((await fetch(`${server.url}${url}`)).status).toBe(403);
    expect((await fetch(`${server.url}/api/evidence/actions/${action.id}/missing.pdf`, { headers: { Cookie: server.sessionCookie } })).status).toBe(404);
  } finally {
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
