/**
 * Adds choices to a Choice or MultiChoice field's SchemaXml, keeping what it has (an owner may
 * have added choices of their own) and its order: provisioning only ever adds.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function addChoicesToXml(schemaXml: string, add: readonly string[]): string {
  const more = add.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('');
  if (/<CHOICES\s*\/>/.test(schemaXml)) {
    return schemaXml.replace(/<CHOICES\s*\/>/, `<CHOICES>${more}</CHOICES>`);
  }
  if (schemaXml.includes('</CHOICES>')) {
    return schemaXml.replace('</CHOICES>', `${more}</CHOICES>`);
  }
  if (/\/>\s*$/.test(schemaXml)) {
    return schemaXml.replace(/\/>\s*$/, `><CHOICES>${more}</CHOICES></Field>`);
  }
  return schemaXml.replace(/<\/Field>\s*$/, `<CHOICES>${more}</CHOICES></Field>`);
}
