import type { Route } from './routes';

// Where the user was in each vault when it locked, so unlocking returns there. Kept in the
// renderer's memory only (ids and page names, never content): gone when the app quits.

const places = new Map<string, Route>();

export function rememberPlace(vaultPath: string, route: Route): void {
  places.set(vaultPath, route);
}

export function resumePlace(vaultPath: string): Route | null {
  return places.get(vaultPath) ?? null;
}

/** Forgets every place (a fresh renderer, as in tests that render the app again). */
export function forgetPlaces(): void {
  places.clear();
}
