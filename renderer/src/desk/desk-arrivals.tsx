import { useDeskArrivals } from './use-desk-arrivals';

/** Mounted inside the app frame: watches the desk for the whole unlocked session. */
export function DeskArrivals() {
  useDeskArrivals();
  return null;
}
