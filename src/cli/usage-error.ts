/** A bad command-line value: printed as one stderr line, exit code 2. */
export class UsageError extends Error {
  readonly code = 'TSUNAGU_USAGE';
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
