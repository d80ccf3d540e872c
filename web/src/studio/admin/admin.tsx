/** Administration: people, API keys, webhooks with their delivery log, plugins loaded and failed (/studio/admin/<section>). */
import type { ReactNode } from 'react';
import { usePlugins } from './queries.js';
import { Link } from '../../ui/link.js';
import { KeysAdmin, WebhooksAdmin } from './admin-integrations.js';
import { PeopleAdmin } from './admin-people.js';
import { useStudioI18n, type StudioKey } from '../i18n.js';
import { DataTable, ErrorAlert } from '../../ui/table.js';
import '../dashboards/dashboards.css';

const SECTIONS = ['people', 'keys', 'webhooks', 'plugins'] as const;
type Section = (typeof SECTIONS)[number];

export function AdminPage({ section: segment = '' }: { section?: string | undefined }) {
  const { t } = useStudioI18n();
  const section: Section = (SECTIONS as readonly string[]).includes(segment) ? (segment as Section) : 'people';
  const body: Record<Section, ReactNode> = {
    people: <PeopleAdmin />,
    keys: <KeysAdmin />,
    webhooks: <WebhooksAdmin />,
    plugins: <PluginsAdmin />,
  };
  return (
    <section className="admin" aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <nav aria-label={t('admin.sections')} className="tabs">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s} aria-current={s === section ? 'page' : undefined}>
              <Link to={`/studio/admin/${s}`}>{t(`admin.${s}` as StudioKey)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {body[section]}
    </section>
  );
}

function PluginsAdmin() {
  const { t } = useStudioI18n();
  const plugins = usePlugins();
  const failures = Object.entries(plugins.data?.failures ?? {});
  const parts = (p: NonNullable<typeof plugins.data>['plugins'][number]) =>
    (
      [
        ['admin.stages', p.stages],
        ['admin.intake', p.intake],
        ['admin.facts', p.facts],
        ['admin.activities', p.activities],
        ['admin.dimensions', p.analytics],
      ] as Array<[StudioKey, string[]]>
    ).filter(([, xs]) => xs.length > 0);
  return (
    <section aria-labelledby="plugins-title">
      <h2 id="plugins-title">{t('admin.loaded')}</h2>
      <ErrorAlert error={plugins.error} />
      <DataTable
        labelledBy="plugins-title"
        empty={plugins.data?.plugins.length === 0 && t('admin.noPlugins')}
        columns={[t('admin.plugin'), t('admin.pluginVersion'), t('admin.contributes')]}
      >
        {(plugins.data?.plugins ?? []).map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.id}
              {p.description && <div className="muted">{p.description}</div>}
            </th>
            <td>
              {p.version} <span className="muted">({p.reglament})</span>
            </td>
            <td className="wrap">
              {parts(p).map(([label, xs]) => (
                <div key={label}>
                  <span className="muted">{t(label)}:</span> {xs.join(', ')}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </DataTable>
      <h2 id="failures-title">{t('admin.failures')}</h2>
      <DataTable
        labelledBy="failures-title"
        empty={failures.length === 0 && t('admin.noFailures')}
        columns={[t('admin.plugin'), t('admin.why')]}
      >
        {failures.map(([id, why]) => (
          <tr key={id}>
            <th scope="row">{id}</th>
            <td className="alert wrap">{why}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
