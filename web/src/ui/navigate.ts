/**
 * Navigation from event handlers (after a mutation, a link's click) without
 * importing the router into every feature: main.tsx plugs the router in.
 *
 * @module
 */
let go: (to: string) => void = (to) => window.location.assign(to);

export function setNavigator(navigator: (to: string) => void): void {
  go = navigator;
}

/** Go to a path of the app (with its query string), as a new history entry. */
export function navigate(to: string): void {
  go(to);
}
