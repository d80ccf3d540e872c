/**
 * The director's studio: write, see, try, publish and watch a regulation.
 * Loaded lazily (CodeMirror, ECharts and the studio's catalogs stay out of
 * the workspace bundle); its routes are in `../routes.tsx`, which gives the
 * section and the id.
 *
 * @module
 */
import { lazy, Suspense } from 'react';
import { Link } from '../ui/link.js';
import { AdminPage } from './admin/admin.js';
import { DashboardsPage } from './dashboards/dashboards.js';
import { RegulationsList } from './editor/regulations-list.js';
import { useStudioI18n, type StudioKey } from './i18n.js';
import './editor/studio.css';

/** The editor brings CodeMirror and the schema tooling: loaded only when a regulation is opened. */
const EditorPage = lazy(() => import('./editor/editor-page.js').then((m) => ({ default: m.EditorPage })));

export type Section = 'regulations' | 'dashboards' | 'admin';

function StudioNav({ current }: { current: Section }) {
  const { t } = useStudioI18n();
  const links: Array<[Section, string]> = [
    ['regulations', '/studio'],
    ['dashboards', '/studio/dashboards'],
    ['admin', '/studio/admin'],
  ];
  return (
    <nav aria-label={t('studio.nav')} className="studio-nav">
      <ul>
        {links.map(([section, to]) => (
          <li key={section} aria-current={section === current ? 'page' : undefined}>
            <Link to={to}>{t(`studio.${section}` as StudioKey)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `id`: the regulation ('' for a new one), the dashboard's view or the administration's section. */
export function StudioPage({ section, id }: { section: Section; id?: string }) {
  let page;
  if (section === 'dashboards') page = <DashboardsPage view={id} />;
  else if (section === 'admin') page = <AdminPage section={id} />;
  else if (id !== undefined) page = <EditorPage id={id || undefined} />;
  else page = <RegulationsList />;
  return (
    <div className="studio">
      <StudioNav current={section} />
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </div>
  );
}

function Loading() {
  return <p>{useStudioI18n().t('studio.loading')}</p>;
}

export default StudioPage;
