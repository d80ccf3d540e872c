/**
 * The one route table: a TanStack Router route for each path of `paths.ts`
 * (the `Record<PageId, …>` below will not compile with one missing), under
 * the shell. The studio and the pipeline board load lazily, so the managers'
 * inbox does not carry CodeMirror or ECharts.
 *
 * @module
 */
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { AcceptPage, SignInPage } from './auth/sign-in-page.js';
import { DealPage } from './deal/deal-page.js';
import { NewDealPage } from './deal/new-deal-page.js';
import { InboxPage } from './inbox/inbox-page.js';
import { PAGE_PATHS, type PageId } from './paths.js';
import { Shell } from './shell/shell.js';
import { BoardPage } from './team/team-page.js';

const root = createRootRoute({ component: Shell });

const StudioPage = lazyRouteComponent(() => import('./studio/index.js'));
const PipelinePage = lazyRouteComponent(() => import('./pipeline/pipeline-page.js'));
const DealsPage = lazyRouteComponent(() => import('./deals/deals-page.js'));
const CompaniesPage = lazyRouteComponent(() => import('./companies/companies-page.js'));
const CompanyPage = lazyRouteComponent(() => import('./companies/company-page.js'));
const CalendarPage = lazyRouteComponent(() => import('./calendar/calendar-page.js'));

/** A page's query string as strings only: what is not a string is dropped (the URL is typed by hand too). */
const strings = (s: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;

const page = (id: PageId, component: AnyRoute['options']['component']) =>
  createRoute({ getParentRoute: () => root, path: PAGE_PATHS[id], component });

const ROUTES: Record<PageId, AnyRoute> = {
  home: page('home', InboxPage),
  inbox: page('inbox', InboxPage),
  signIn: page('signIn', SignInPage),
  accept: createRoute({
    getParentRoute: () => root,
    path: PAGE_PATHS.accept,
    validateSearch: (s: Record<string, unknown>) => ({ token: typeof s.token === 'string' ? s.token : '' }),
    component: function Accept() {
      return <AcceptPage token={ROUTES.accept.useSearch().token} />;
    },
  }),
  pipeline: createRoute({
    getParentRoute: () => root,
    path: PAGE_PATHS.pipeline,
    validateSearch: (s: Record<string, unknown>) => ({
      regulation: typeof s.regulation === 'string' ? s.regulation : undefined,
    }),
    component: PipelinePage,
  }),
  dealList: createRoute({
    getParentRoute: () => root,
    path: PAGE_PATHS.dealList,
    validateSearch: strings,
    component: DealsPage,
  }),
  companyList: createRoute({
    getParentRoute: () => root,
    path: PAGE_PATHS.companyList,
    validateSearch: strings,
    component: CompaniesPage,
  }),
  company: page('company', function Company() {
    const { id } = ROUTES.company.useParams();
    // Keyed by id: a related company's link opens a fresh card.
    return <CompanyPage key={id} id={id} />;
  }),
  calendar: createRoute({
    getParentRoute: () => root,
    path: PAGE_PATHS.calendar,
    validateSearch: strings,
    component: CalendarPage,
  }),
  team: page('team', BoardPage),
  deal: page('deal', function Deal() {
    return <DealPage id={ROUTES.deal.useParams().id} />;
  }),
  newDeal: page('newDeal', NewDealPage),
  studio: page('studio', () => <StudioPage section="regulations" />),
  studioNew: page('studioNew', () => <StudioPage section="regulations" id="" />),
  studioRegulation: page('studioRegulation', function Regulation() {
    return <StudioPage section="regulations" id={ROUTES.studioRegulation.useParams().id} />;
  }),
  dashboards: page('dashboards', () => <StudioPage section="dashboards" />),
  dashboardsView: page('dashboardsView', function View() {
    return <StudioPage section="dashboards" id={ROUTES.dashboardsView.useParams().view} />;
  }),
  admin: page('admin', () => <StudioPage section="admin" />),
  adminSection: page('adminSection', function Section() {
    return <StudioPage section="admin" id={ROUTES.adminSection.useParams().section} />;
  }),
};

export const routeTree = root.addChildren(Object.values(ROUTES));
/**
 * Query strings stay plain text both ways (`?q=7707083893`, not the router's
 * default JSON `?q=%227707083893%22`): every page's search is flat strings, and
 * a link typed or sent by hand must read the same as one the page made.
 */
const parseSearch = (search: string) => Object.fromEntries(new URLSearchParams(search));
const stringifySearch = (search: Record<string, unknown>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export const router = createRouter({ routeTree, defaultPendingMinMs: 0, parseSearch, stringifySearch });
