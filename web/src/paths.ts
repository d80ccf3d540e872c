/**
 * Every page of the web app by its path, in the router's syntax (`$param`).
 * This is the one route table's list: the router (`routes.tsx`) makes a route
 * of each entry (its type forces one per entry) and the API serves the page at
 * each (`WEB_PATHS` in api/web.routes.ts: test/unit/web-routes.test.ts fails
 * when the two lists differ). No React here, so that test can import it.
 *
 * Adding a page: a path here, a feature folder `web/src/<feature>/` with its
 * page, `queries.ts` and `locales/{ru,en}.json` (listed in
 * `i18n/catalogs.ts`), and its route in `routes.tsx`.
 *
 * @module
 */
export const PAGE_PATHS = {
  home: '/',
  signIn: '/signin',
  accept: '/accept',
  inbox: '/inbox',
  pipeline: '/pipeline',
  dealList: '/deal-list',
  companyList: '/company-list',
  company: '/company/$id',
  calendar: '/schedule',
  team: '/board',
  deal: '/deal/$id',
  newDeal: '/new-deal',
  studio: '/studio',
  studioNew: '/studio/new',
  studioRegulation: '/studio/regulations/$id',
  dashboards: '/studio/dashboards',
  dashboardsView: '/studio/dashboards/$view',
  admin: '/studio/admin',
  adminSection: '/studio/admin/$section',
} as const;

export type PageId = keyof typeof PAGE_PATHS;

/** A router path in the server's syntax (`/deal/:id`). */
export const serverPath = (path: string): string => path.replace(/\$(\w+)/g, ':$1');
