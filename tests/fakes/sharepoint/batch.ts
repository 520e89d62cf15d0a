/** OData $batch: parses a multipart request into its parts and writes a flat batchresponse. */

export type BatchPart = { method: string; url: string; headers: Headers; body: string };

export function parseBatch(bodyText: string): BatchPart[] {
  const parts: BatchPart[] = [];
  const requestBlocks = bodyText.split(/\r?\n/).join('\n').split(/^--(?:batch|changeset)_[^\n]*$/m);
  for (const block of requestBlocks) {
    const start = block.search(/^(GET|POST|PATCH|PUT|DELETE|MERGE) /m);
    if (start < 0) {
      continue;
    }
    const lines = block.slice(start).split('\n');
    const [method, url] = (lines.shift() as string).split(' ');
    const headers = new Headers();
    let line: string | undefined;
    while ((line = lines.shift()) !== undefined && line.trim() !== '') {
      const i = line.indexOf(':');
      headers.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
    if (method === 'MERGE') {
      headers.set('X-HTTP-Method', 'MERGE');
    }
    parts.push({ method: method === 'MERGE' ? 'POST' : (method as string), url: url as string, headers, body: lines.join('\n').trim() });
  }
  return parts;
}

/** One part of the batchresponse, as SharePoint writes it. */
export function batchResponsePart(id: string, status: number, statusText: string, contentType: string, etag: string | null, text: string): string[] {
  return [`--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `HTTP/1.1 ${status} ${statusText || 'OK'}`, `CONTENT-TYPE: ${contentType}`, ...(etag ? [`ETAG: ${etag}`] : []), '', text];
}
