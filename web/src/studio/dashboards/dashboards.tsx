/**
 * The director's dashboards: one view per question (funnel, time in stage,
 * compliance, managers, win probability, competitors) under
 * /studio/dashboards/<view>, sharing the filters of the URL's query string.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from '../../ui/link.js';
import { ComplianceView } from './dashboards-compliance.js';
import {
  FILTERS,
  filtersOf,
  queryString,
  useCompanies,
  usePeople,
  useParams,
  useRegulations,
  useRegulationStages,
  type Filters,
  type Params,
} from './queries.js';
import { FunnelView } from './dashboards-funnel.js';
import type { ViewProps } from './dashboards-parts.js';
import { CompetitorsView, ManagersView } from './dashboards-managers.js';
import { TimeView } from './dashboards-time.js';
import { WinView } from './dashboards-win.js';
import { useStudioI18n, type StudioKey } from '../i18n.js';
import './dashboards.css';

const VIEWS = ['funnel', 'time', 'compliance', 'managers', 'win', 'competitors'] as const;
type View = (typeof VIEWS)[number];

export function DashboardsPage({ view: segment = '' }: { view?: string | undefined }) {
  const { t } = useStudioI18n();
  const [params, setParams] = useParams();
  const view: View = (VIEWS as readonly string[]).includes(segment) ? (segment as View) : 'funnel';
  const filters = filtersOf(params);
  const props: ViewProps = { params, setParams, filters };
  const body: Record<View, ReactNode> = {
    funnel: <FunnelView {...props} />,
    time: <TimeView {...props} />,
    compliance: <ComplianceView {...props} />,
    managers: <ManagersView {...props} />,
    win: <WinView {...props} />,
    competitors: <CompetitorsView {...props} />,
  };
  return (
    <section className="dash" aria-labelledby="dash-title">
      <h1 id="dash-title">{t('dash.title')}</h1>
      <nav aria-label={t('dash.views')} className="tabs">
        <ul>
          {VIEWS.map((v) => (
            <li key={v} aria-current={v === view ? 'page' : undefined}>
              <Link to={`/studio/dashboards/${v}${queryString(filtersOf(params))}`}>{t(`dash.${v}` as StudioKey)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar params={params} setParams={setParams} />
      <h2 id="view-title">{t(`dash.${view}` as StudioKey)}</h2>
      {body[view]}
    </section>
  );
}

/** The filters as a form; applying writes them to the URL (the views read them from there). */
function FilterBar({ params, setParams }: { params: Params; setParams(next: Params): void }) {
  const { t } = useStudioI18n();
  const [draft, setDraft] = useState<Filters>(() => filtersOf(params));
  const regulations = useRegulations();
  const stages = useRegulationStages(draft.regulationId);
  const people = usePeople();
  const companies = useCompanies();
  const chosen = regulations.data?.find((r) => r.id === draft.regulationId);
  const departments = [...new Set((people.data ?? []).map((p) => p.department).filter((d): d is string => !!d))];
  const regions = [
    ...new Set(
      [...(companies.data ?? []).map((c) => c.region), ...(people.data ?? []).map((p) => p.region)].filter(
        (r): r is string => !!r,
      ),
    ),
  ].sort();
  const industries = [...new Set((companies.data ?? []).map((c) => c.industry).filter((r): r is string => !!r))].sort();
  const set = (name: keyof Filters) => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value || undefined, ...(name === 'regulationId' ? { version: undefined } : {}) }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const views = Object.fromEntries(
      Object.entries(params).filter(([k]) => !(FILTERS as readonly string[]).includes(k)),
    );
    setParams({ ...views, ...draft, drill: undefined });
  };
  const reset = () => {
    setDraft({});
    setParams({});
  };
  const select = (name: keyof Filters, label: StudioKey, options: Array<[string, string]>) => (
    <div className="filter">
      <label htmlFor={`f-${name}`}>{t(label)}</label>
      <select id={`f-${name}`} value={draft[name] ?? ''} onChange={(e) => set(name)(e.target.value)}>
        <option value="">{t('dash.any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
        {draft[name] && !options.some(([v]) => v === draft[name]) && <option value={draft[name]}>{draft[name]}</option>}
      </select>
    </div>
  );
  const text = (name: keyof Filters, label: StudioKey, list: string[]) => (
    <div className="filter">
      <label htmlFor={`f-${name}`}>{t(label)}</label>
      <input
        id={`f-${name}`}
        list={`l-${name}`}
        value={draft[name] ?? ''}
        onChange={(e) => set(name)(e.target.value)}
        autoComplete="off"
      />
      <datalist id={`l-${name}`}>
        {list.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </div>
  );
  const active = Object.keys(filtersOf(params)).length;
  return (
    // Open on a wide screen; on a phone the filters fold away until asked for.
    <details className="filters-box" open={window.matchMedia?.('(min-width: 700px)').matches ?? true}>
      <summary>
        {t('dash.filters')}
        {active > 0 && ` (${active})`}
      </summary>
      <form className="filters card" aria-label={t('dash.filters')} onSubmit={apply}>
        <div className="filter">
          <label htmlFor="f-from">{t('dash.from')}</label>
          <input id="f-from" type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="f-to">{t('dash.to')}</label>
          <input id="f-to" type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </div>
        {select(
          'regulationId',
          'dash.regulation',
          (regulations.data ?? []).map((r) => [r.id, r.title === r.id ? r.id : `${r.title} (${r.id})`]),
        )}
        {select(
          'version',
          'dash.version',
          chosen ? Array.from({ length: chosen.version }, (_, i) => [String(i + 1), String(i + 1)]) : [],
        )}
        {select(
          'stage',
          'dash.stage',
          (stages.data ?? []).map((s) => [s.key, s.key]),
        )}
        {select(
          'department',
          'dash.department',
          departments.sort().map((d) => [d, d]),
        )}
        {select(
          'manager',
          'dash.manager',
          (people.data ?? []).filter((p) => p.role === 'manager' || p.role === 'head').map((p) => [p.id, p.name]),
        )}
        {text('region', 'dash.region', regions)}
        {text('industry', 'dash.industry', industries)}
        {select(
          'companyId',
          'dash.company',
          (companies.data ?? []).map((c) => [c.id, c.name]),
        )}
        <div className="filter-actions">
          <button type="submit">{t('dash.apply')}</button>
          <button type="button" className="secondary" onClick={reset}>
            {t('dash.reset')}
          </button>
        </div>
      </form>
    </details>
  );
}
