// whatwg-url ships no types; the isolate uses only its two classes, which match the web ones.
declare module 'whatwg-url' {
  export const URL: typeof globalThis.URL;
  export const URLSearchParams: typeof globalThis.URLSearchParams;
}
