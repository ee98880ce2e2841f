/** A refusal the ingest command reports to the user: Chinese first, then the English gist. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
