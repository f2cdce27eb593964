/**
 * Code that the script-tag file does not carry: a module loaded the first time something needs it
 * and kept for the page. Elements start these loads together with their data, so the reader waits
 * for whichever is slower, not for both in turn.
 */
export class OnDemand<M> {
  /** The module, once it has loaded. */
  module: M | undefined;

  private _loading?: Promise<M>;

  constructor(private readonly _import: () => Promise<M>) {}

  /** Loads the module once per page; after a failed load (e.g. offline) the next call tries again. */
  load(): Promise<M> {
    this._loading ??= this._import().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this._loading = undefined;
        throw error;
      },
    );
    return this._loading;
  }
}
