/**
 * UTF-8 TextEncoder/TextDecoder for the isolate, which has only what V8 defines. Set before the URL
 * polyfill loads, because it uses them; the SDK's HttpResponse.text() does too.
 */
import { Buffer } from 'buffer';

class Utf8Encoder {
  readonly encoding = 'utf-8';
  encode(input = ''): Uint8Array {
    const bytes = Buffer.from(String(input), 'utf8');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

class Utf8Decoder {
  readonly encoding = 'utf-8';
  constructor(label = 'utf-8') {
    if (!/^utf-?8$/i.test(label)) throw new RangeError(`the sandbox decodes only UTF-8, not ${label}`);
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    if (input === undefined) return '';
    const bytes = ArrayBuffer.isView(input)
      ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
      : Buffer.from(input);
    return bytes.toString('utf8');
  }
}

const scope = globalThis as Record<string, unknown>;
scope.TextEncoder ??= Utf8Encoder;
scope.TextDecoder ??= Utf8Decoder;
scope.Buffer ??= Buffer;
