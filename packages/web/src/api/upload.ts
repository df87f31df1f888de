import { ApiError, apiUrl, errorFromBody } from './client';

export interface UploadOptions<T> {
  /** API path after `/api/v1`. */
  path: string;
  /** Multipart fields: name → file. */
  files: Record<string, File>;
  /** Called with 0..1 as the request body goes out. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
  /** Narrows the JSON answer. */
  parse?: (body: unknown) => T;
}

/**
 * A multipart upload with progress. `fetch` cannot report upload progress, so this is the one place that uses
 * XMLHttpRequest. Rejects with an `ApiError` carrying the server's error code and message.
 */
export function uploadFiles<T>(options: UploadOptions<T>): Promise<T> {
  const form = new FormData();
  for (const [name, file] of Object.entries(options.files)) form.append(name, file, file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(options.path));
    xhr.withCredentials = true;
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress(1);
        const body = JSON.parse(xhr.responseText) as unknown;
        resolve(options.parse ? options.parse(body) : (body as T));
      } else {
        reject(errorFromBody(xhr.status, xhr.responseText));
      }
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, 'network_error', 'the upload was interrupted: cannot reach the Sextant server')),
    );
    xhr.addEventListener('abort', () => reject(new DOMException('upload cancelled', 'AbortError')));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
