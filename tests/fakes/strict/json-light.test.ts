import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

const LIFECYCLE = "/_api/web/lists/getByTitle('Actions')/fields/getByInternalNameOrTitle('Lifecycle')";

describe('a JSON-light field update is read as SP.Field, as SharePoint reads it', () => {
  it('refuses the verbose collection shape { results: [...] }', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'MERGE', LIFECYCLE, { '@odata.type': 'SP.FieldChoice', Choices: { results: ['open', 'new'] } });
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/StartObject.*StartArray/);
  });

  it('refuses __metadata in a JSON-light body', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'MERGE', LIFECYCLE, { __metadata: { type: 'SP.FieldChoice' }, Choices: ['open'] });
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/'__metadata' does not exist on type 'SP.Field'/);
  });

  it('refuses a type-specific property without type metadata (what PnPjs v4 sends)', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'MERGE', LIFECYCLE, { Choices: ['open', 'new'] });
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/'Choices' does not exist on type 'SP.Field'/);
    expect(fake.list('Actions')?.fields.get('Lifecycle')?.Choices).not.toContain('new');
  });

  it('accepts Choices as an array with @odata.type, and SchemaXml on any field', async () => {
    const fake = provisionedFake();
    expect((await call(fake, 'MERGE', LIFECYCLE, { '@odata.type': 'SP.FieldChoice', Choices: ['open', 'x'] })).status).toBe(204);
    expect(fake.list('Actions')?.fields.get('Lifecycle')?.Choices).toEqual(['open', 'x']);
    const xml = '<Field Type="Choice" Name="Lifecycle" DisplayName="Lifecycle"><CHOICES><CHOICE>open</CHOICE><CHOICE>y</CHOICE></CHOICES></Field>';
    expect((await call(fake, 'MERGE', LIFECYCLE, { SchemaXml: xml })).status).toBe(204);
    expect(fake.list('Actions')?.fields.get('Lifecycle')?.Choices).toEqual(['open', 'y']);
  });

  it('accepts the verbose shape only when the request says odata=verbose', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'MERGE', LIFECYCLE, { __metadata: { type: 'SP.FieldChoice' }, Choices: { results: ['open'] } }, { 'Content-Type': 'application/json;odata=verbose' });
    expect(r.status).not.toBe(400);
  });
});
