/** The director's studio: write, see, try, publish and watch a regulation. Sections by path under /studio. */
import { lazy, Suspense } from 'react';
import { Link } from '../link.js';
import { AdminPage } from './admin.js';
import { DashboardsPage } from './dashboards.js';
import { useStudioI18n } from './i18n-studio.js';
import { RegulationsList } from './regulations-list.js';
import './studio.css';

/** The editor brings CodeMirror and the schema tooling: loaded only when a regulation is opened. */
const EditorPage = lazy(() => import('./editor-page.js').then((m) => ({ default: m.EditorPage })));

type Section = 'regulations' | 'dashboards' | 'admin';

function StudioNav({ current }: { current: Section }) {
  const { s } = useStudioI18n();
  const links: Array<[Section, string]> = [
    ['regulations', '/studio'],
    ['dashboards', '/studio/dashboards'],
    ['admin', '/studio/admin'],
  ];
  return (
    <nav aria-label={s('studio.nav')} className="studio-nav">
      <ul>
        {links.map(([section, to]) => (
          <li key={section} aria-current={section === current ? 'page' : undefined}>
            <Link to={to}>{s(`studio.${section}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function section(path: string): Section {
  if (path === '/dashboards' || path.startsWith('/dashboards/')) return 'dashboards';
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  return 'regulations';
}

export function StudioPage({ path }: { path: string }) {
  const { t } = useStudioI18n();
  const current = section(path);
  const regulation = /^\/regulations\/([^/]+)$/.exec(path);
  let page;
  if (current === 'dashboards') page = <DashboardsPage />;
  else if (current === 'admin') page = <AdminPage />;
  else if (path === '/new') page = <EditorPage id={undefined} />;
  else if (regulation) page = <EditorPage id={decodeURIComponent(regulation[1]!)} />;
  else page = <RegulationsList />;
  return (
    <div className="studio">
      <StudioNav current={current} />
      <Suspense fallback={<p>{t('common.loading')}</p>}>{page}</Suspense>
    </div>
  );
}

export default StudioPage;
