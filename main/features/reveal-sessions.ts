// Which identities are revealed right now, in main's own memory. The renderer hides a revealed
// identity after `displaySeconds`; main independently stops honouring copy requests then, and
// allows saving edits for a short while longer (the edit form may outlive the countdown).

export const EDIT_WINDOW_SECONDS = 10 * 60;
const COPY_GRACE_SECONDS = 5;

export class RevealSessions {
  private readonly revealedAt = new Map<string, { at: number; displaySeconds: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  open(sourceId: string, displaySeconds: number): void {
    this.revealedAt.set(sourceId, { at: this.now(), displaySeconds });
  }

  close(sourceId: string): void {
    this.revealedAt.delete(sourceId);
  }

  clear(): void {
    this.revealedAt.clear();
  }

  /** Still on screen (plus a small grace for a click in flight). */
  isDisplayed(sourceId: string): boolean {
    const session = this.revealedAt.get(sourceId);
    return !!session && this.now() - session.at <= (session.displaySeconds + COPY_GRACE_SECONDS) * 1000;
  }

  canEdit(sourceId: string): boolean {
    const session = this.revealedAt.get(sourceId);
    return !!session && this.now() - session.at <= EDIT_WINDOW_SECONDS * 1000;
  }
}
