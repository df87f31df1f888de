/** One part of a multipart/form-data body: a file (the default) or, with `text`, a plain form field. */
export interface FormPart {
  field: string;
  content: string | Buffer;
  filename?: string;
  /** A file's Content-Type (default application/octet-stream). */
  contentType?: string;
  text?: boolean;
}

/**
 * A multipart/form-data body written by hand (a file without a name is named after its field, plus
 * `fileExtension`), as `requests` (`files=dict(file=...)`) and curl (`-F`) send it: the
 * routes read real multipart, so the tests do not go through a client library's encoder.
 */
export function multipartForm(
  parts: FormPart[],
  options: { fileExtension?: string } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----sextant${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.text
      ? `form-data; name="${part.field}"`
      : `form-data; name="${part.field}"; filename="${part.filename ?? `${part.field}${options.fileExtension ?? ''}`}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`),
      Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
