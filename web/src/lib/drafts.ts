// Drafts kept in memory until the server confirms they are saved.
//
// Why memory only: check-ins and answers are intimate. Keeping them in localStorage would leave
// them on the device after a quick exit or on a shared phone. Memory survives moving between
// pages, a failed request and an expired session (sign in again in the same tab), and is gone
// when the tab is closed.

export class DraftStore<T> {
  private readonly drafts = new Map<string, T>();

  get(key: string): T | undefined {
    return this.drafts.get(key);
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  set(key: string, value: T): void {
    this.drafts.set(key, value);
  }

  /** Forget a draft once it is saved, but only if it is still the version that was saved. */
  settle(key: string, saved: T): void {
    if (this.drafts.get(key) === saved) this.drafts.delete(key);
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }

  clear(): void {
    this.drafts.clear();
  }

  keys(): string[] {
    return [...this.drafts.keys()];
  }
}
