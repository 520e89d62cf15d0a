import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

const XML = '<Field Type="Text" Name="DueText" StaticName="DueText" DisplayName="Due (as written)" ID="{11111111-1111-4111-8111-111111111111}"/>';

describe('createFieldAsXml names the field as SharePoint does', () => {
  it('without AddFieldInternalNameHint, derives the internal name from the DisplayName', async () => {
    const fake = provisionedFake();
    fake.list('Actions')?.fields.delete('DueText');
    const created = await call(fake, 'POST', "/_api/web/lists/getByTitle('Actions')/fields/createFieldAsXml", { parameters: { SchemaXml: XML } });
    expect(created.status).toBe(201);
    expect(created.body?.InternalName).toBe('Due_x0020__x0028_as_x0020_written_x0029_');
    expect(fake.list('Actions')?.fields.has('DueText')).toBe(false);
  });

  it('with the hint (Options & 8), keeps Name', async () => {
    const fake = provisionedFake();
    fake.list('Actions')?.fields.delete('DueText');
    const created = await call(fake, 'POST', "/_api/web/lists/getByTitle('Actions')/fields/createFieldAsXml", { parameters: { SchemaXml: XML, Options: 8 | 1 } });
    expect(created.body?.InternalName).toBe('DueText');
  });

  it('refuses a second field of the same internal name', async () => {
    const fake = provisionedFake();
    const again = await call(fake, 'POST', "/_api/web/lists/getByTitle('Actions')/fields/createFieldAsXml", { parameters: { SchemaXml: XML, Options: 8 } });
    expect(again.status).toBe(500);
    expect(again.message).toMatch(/duplicate field name "DueText"/);
  });
});
