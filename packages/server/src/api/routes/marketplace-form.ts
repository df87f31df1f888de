import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InputError, PayloadTooLargeError } from '../../errors/index.js';
import {
  type CredentialField,
  checkAllowedEndpoints,
  checkCredentialFields,
  parseJsonField,
  type UploadedCode,
} from '../../marketplace/index.js';
import { asClientError, readFilePart as readPartGuarded, requireMultipart } from '../multipart-body.js';
import { assertWithoutNul } from '../plugins/text-input.js';

/** An integration is one source file: 1 MiB is far more than any hand-written integration needs. */
export const CODE_LIMIT_BYTES = 1024 * 1024;
export const ICON_LIMIT_BYTES = 256 * 1024;
const CODE_EXTENSIONS = /\.(ts|mts|js|mjs)$/i;
const ICON_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml']);

export interface MarketplaceForm {
  fields: Record<string, string>;
  code: UploadedCode | undefined;
  icon: string | undefined;
}

/**
 * Reads a marketplace upload: text fields and the `code` (and optional `icon`) files, in memory (both are
 * small and capped; a bigger file stops at its cap with 413 before it is read to the end).
 */
export async function readMarketplaceForm(
  request: FastifyRequest,
  allowed: string[],
): Promise<MarketplaceForm> {
  requireMultipart(request, allowed);
  const form: MarketplaceForm = { fields: {}, code: undefined, icon: undefined };
  try {
    await readParts(request, allowed, form);
  } catch (error) {
    throw asClientError(error);
  }
  return form;
}

async function readParts(request: FastifyRequest, allowed: string[], form: MarketplaceForm): Promise<void> {
  const seen = new Set<string>();
  const parts = request.parts({ limits: { fileSize: CODE_LIMIT_BYTES, files: 2, fields: 10, parts: 12 } });
  for await (const part of parts) {
    if (!allowed.includes(part.fieldname) || seen.has(part.fieldname)) {
      if (part.type === 'file') part.file.resume();
      const why = seen.has(part.fieldname) ? 'was sent twice' : `is not one of ${allowed.join(', ')}`;
      throw new InputError('invalid_request', `multipart field "${part.fieldname}" ${why}`, {
        field: part.fieldname,
      });
    }
    seen.add(part.fieldname);
    if (part.type === 'file') await readPartGuarded(request, part, (file) => readFilePart(file, form));
    else {
      if (part.valueTruncated)
        throw new PayloadTooLargeError('payload_too_large', `field "${part.fieldname}" is too long`);
      assertWithoutNul(String(part.value), `body.${part.fieldname}`);
      form.fields[part.fieldname] = String(part.value);
    }
  }
}

async function readFilePart(part: MultipartFile, form: MarketplaceForm): Promise<void> {
  if (part.fieldname === 'icon') {
    const bytes = await readCapped(part, ICON_LIMIT_BYTES);
    if (!ICON_TYPES.has(part.mimetype))
      throw new InputError(
        'invalid_file',
        `icon: ${part.mimetype} is not an image type (png, jpeg, gif, webp, svg)`,
        {
          field: 'icon',
        },
      );
    form.icon = `data:${part.mimetype};base64,${bytes.toString('base64')}`;
    return;
  }
  if (part.fieldname !== 'code') {
    part.file.resume();
    throw new InputError('invalid_request', `multipart field "${part.fieldname}" must be text, not a file`, {
      field: part.fieldname,
    });
  }
  const filename = part.filename || 'integration.ts';
  const bytes = await readCapped(part, CODE_LIMIT_BYTES);
  if (!CODE_EXTENSIONS.test(filename))
    throw new InputError('invalid_file', `code: ${filename} must be one .ts or .js file`, { file: filename });
  form.code = { filename, source: decodeSource(bytes, filename) };
}

async function readCapped(part: MultipartFile, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      part.file.resume();
      throw new PayloadTooLargeError('payload_too_large', `${part.fieldname} is larger than ${limit} bytes`, {
        field: part.fieldname,
        limit,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decodeSource(bytes: Buffer, filename: string): string {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('invalid_file', `code: ${filename} is not UTF-8 text`, { file: filename });
  }
  if (source.includes('\u0000'))
    throw new InputError('invalid_file', `code: ${filename} contains a NUL byte`, { file: filename });
  if (source.trim() === '')
    throw new InputError('invalid_file', `code: ${filename} is empty`, { file: filename });
  return source;
}

/** A required text field of the form, trimmed and bounded. */
export function textField(
  form: MarketplaceForm,
  name: string,
  options: { max: number; required: boolean },
): string {
  const value = form.fields[name]?.trim() ?? '';
  if (options.required && value === '') throw formProblem(name, 'is required');
  if (value.length > options.max) throw formProblem(name, `is longer than ${options.max} characters`);
  if (value.includes('\u0000')) throw formProblem(name, 'contains a NUL character');
  return value;
}

export function requireCode(form: MarketplaceForm): UploadedCode {
  if (!form.code) throw formProblem('code', 'is required: the integration as one .ts or .js file');
  return form.code;
}

/** An icon is an uploaded image or a short text (a URL or an emoji). */
export function iconOf(form: MarketplaceForm): string | null {
  if (form.icon !== undefined) return form.icon;
  const text = textField(form, 'icon', { max: 2000, required: false });
  return text === '' ? null : text;
}

export function credentialFieldsOf(form: MarketplaceForm): CredentialField[] | undefined {
  const text = form.fields.credential_fields;
  return text === undefined ? undefined : checkCredentialFields(parseJsonField(text, 'credential_fields'));
}

export function allowedEndpointsOf(form: MarketplaceForm): string[] | undefined {
  const text = form.fields.allowed_endpoints;
  return text === undefined ? undefined : checkAllowedEndpoints(parseJsonField(text, 'allowed_endpoints'));
}

function formProblem(field: string, message: string): InputError {
  return new InputError('validation_failed', `form.${field} ${message}`, {
    problems: [{ in: 'form', field, message }],
  });
}
