import { type Output, type OutputReport, type RunRecords, toJsonLines } from './output.js';

/** Anything with a Node-style `write(text, callback)`, such as `process.stdout`. */
export interface TextSink {
  write(text: string, callback: (error?: Error | null) => void): unknown;
}

/**
 * Prints one JSON object per record: resources first, then lineage. A resource line is a resource object; a
 * lineage line is `{from_identifier, to_identifier}`, the same lines the JSONL import files take.
 */
export class StdoutOutput implements Output {
  constructor(private readonly sink: TextSink = process.stdout) {}

  async write(records: RunRecords): Promise<OutputReport> {
    const text = toJsonLines(records.resources) + toJsonLines(records.lineages);
    // Waiting for the callback matters when stdout is a pipe: the process may exit right after the run.
    await new Promise<void>((resolve, reject) =>
      this.sink.write(text, (error) => (error ? reject(error) : resolve())),
    );
    return {
      description: `printed ${records.resources.length} resource and ${records.lineages.length} lineage lines on stdout`,
    };
  }
}
