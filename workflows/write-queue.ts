/**
 * A deal's database writes happen one at a time, in workflow order, even when
 * updates, timers and automations ask for them at once.
 *
 * @module
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs the work after everything queued before it; its failure does not block what follows. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Writes may queue more writes (automations): waits until the queue is quiet. */
  async drain(): Promise<void> {
    for (let seen = this.tail; ; seen = this.tail) {
      await seen;
      if (seen === this.tail) return;
    }
  }
}
