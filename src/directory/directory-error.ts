/** A coded error naming the file, the record and the field that is wrong. */
export class DirectoryError extends Error {
  readonly code = 'TSUNAGU_DIRECTORY_INVALID';
  constructor(
    readonly file: string,
    readonly recordId: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: record "${recordId}", field "${field}": ${problem}`);
    this.name = 'DirectoryError';
  }
}
