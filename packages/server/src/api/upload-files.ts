import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InputError } from '../errors/index.js';
import { asClientError, readFilePart, requireMultipart } from './multipart-body.js';

/** The uploaded files by field: where each was spooled, and the name the client gave it. */
export type Uploads = Record<string, { path: string; name: string }>;

/**
 * Streams the multipart files to a private temporary folder (memory stays flat; an oversize file stops at the
 * upload limit with 413), runs `use` on them, and removes them. Spooling first keeps the sync's transaction as
 * short as a local file read, instead of as long as a slow client's upload.
 */
export async function withUploads<T>(
  request: FastifyRequest,
  fields: string[],
  required: string[],
  use: (files: Uploads) => Promise<T>,
): Promise<T> {
  requireMultipart(request, fields);
  const dir = mkdtempSync(join(tmpdir(), 'sextant-upload-'));
  try {
    const files = await spoolParts(request, { dir, fields }).catch((error) => {
      throw asClientError(error);
    });
    const missing = required.filter((field) => !files[field]);
    if (missing.length > 0) {
      throw new InputError('invalid_request', `the multipart file field "${missing[0]}" is required`, {
        field: missing[0],
      });
    }
    return await use(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function spoolParts(
  request: FastifyRequest,
  options: { dir: string; fields: string[] },
): Promise<Uploads> {
  const { dir, fields } = options;
  const files: Uploads = {};
  for await (const part of request.parts()) {
    if (part.type !== 'file' || !fields.includes(part.fieldname)) {
      if (part.type === 'file') (part as MultipartFile).file.resume();
      throw new InputError(
        'invalid_request',
        `unexpected multipart field "${part.fieldname}"; send ${fields.join(', ')}`,
        {
          field: part.fieldname,
        },
      );
    }
    if (files[part.fieldname])
      throw new InputError('invalid_request', `multipart field "${part.fieldname}" was sent twice`);
    const path = join(dir, part.fieldname);
    await readFilePart(request, part, (file) =>
      pipeline(file.file, createWriteStream(path, { mode: 0o600 })),
    );
    files[part.fieldname] = { path, name: part.filename || part.fieldname };
  }
  return files;
}
