/** The studio's first page: every published regulation with its newest version, who published it and when. */
import { Link } from '../../ui/link.js';
import { navigate } from '../../ui/navigate.js';
import { useEditorI18n } from './i18n.js';
import { useRegulations } from './queries.js';
import { DataTable } from '../../ui/table.js';

export function RegulationsList() {
  const i18n = useEditorI18n();
  const { s } = i18n;
  const regulations = useRegulations();
  return (
    <section aria-labelledby="regulations-title">
      <div className="row spread">
        <h1 id="regulations-title">{s('list.title')}</h1>
        <a
          href="/studio/new"
          className="button"
          onClick={(e) => {
            e.preventDefault();
            navigate('/studio/new');
          }}
        >
          {s('list.new')}
        </a>
      </div>
      {regulations.isLoading && <p>{i18n.t('common.loading')}</p>}
      {regulations.error && <p className="alert">{i18n.t('common.error', { message: regulations.error.message })}</p>}
      {regulations.data?.length === 0 && <p className="card">{s('list.empty')}</p>}
      {!!regulations.data?.length && (
        <DataTable plain labelledBy="regulations-title" columns={[s('list.name'), s('list.id'), s('list.latest')]}>
          {regulations.data.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/studio/regulations/${encodeURIComponent(r.id)}`}>{r.title}</Link>
              </th>
              <td>
                <code>{r.id}</code>
              </td>
              <td>
                {s('list.version', { version: r.version })}{' '}
                <span className="muted">
                  {s('list.published', { who: r.publishedBy, when: i18n.dateTime(r.publishedAt) })}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
