/** A rejected input, with the module and the offending field or line in its message. */
export class SourcetraceError extends Error {
  constructor(
    readonly module: string,
    detail: string,
  ) {
    super(`${module}: ${detail}`);
    this.name = 'SourcetraceError';
  }
}
