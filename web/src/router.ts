/** The workspace's paths (the API serves the page at each: api/web.routes.ts) and a tiny history router. */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'signin' }
  | { page: 'accept'; token: string }
  | { page: 'inbox' }
  | { page: 'board' }
  | { page: 'deal'; id: string }
  | { page: 'newDeal' }
  | { page: 'studio'; path: string };

export function parseRoute(location: Location): Route {
  const path = location.pathname;
  const deal = path.match(/^\/deal\/([^/]+)$/);
  if (deal) return { page: 'deal', id: decodeURIComponent(deal[1]!) };
  if (path === '/signin') return { page: 'signin' };
  if (path === '/accept') return { page: 'accept', token: new URLSearchParams(location.search).get('token') ?? '' };
  if (path === '/board') return { page: 'board' };
  if (path === '/new-deal') return { page: 'newDeal' };
  if (path === '/studio' || path.startsWith('/studio/'))
    return { page: 'studio', path: path.slice('/studio'.length) || '/' };
  return { page: 'inbox' };
}

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
