/**
 * A company's card (/company/$id): its requisites and lead/client status, its
 * contacts (numbers as tel: links, e-mails as mailto:), its holding and
 * related companies, all its deals open and closed with their stages, and the
 * messages and calls with it. Another's company (for a manager) is the API's
 * 404, said as such.
 *
 * @module
 */
import { useId, type ReactNode } from 'react';
import { StageTitle } from '../deals/stage-title.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { DataTable } from '../ui/table.js';
import { useCompany, useCompanyActivity, useCompanyDeals, useRelated, type CompanyCard } from './queries.js';
import './companies.css';

export default function CompanyPage({ id }: { id: string }) {
  const { t, dateTime } = useI18n();
  const company = useCompany(id);
  const ok = !!company.data;
  const deals = useCompanyDeals(id, ok);
  const activity = useCompanyActivity(id, ok);
  const related = useRelated(id, ok);
  const dealsId = useId();
  if (company.isError) return <p className="alert">{t('companies.notFound')}</p>;
  if (!company.data) return <p>{t('common.loading')}</p>;
  const c = company.data;
  const statuses = { active: 'deals.status.active', won: 'deals.status.won', lost: 'deals.status.lost' } as const;
  return (
    <>
      <h1>
        {c.name}{' '}
        <span className={c.status === 'client' ? 'badge' : 'badge muted'}>{t(`companies.status.${c.status}`)}</span>
      </h1>
      <div className="company-grid">
        <section className="card" aria-labelledby="company-requisites">
          <h2 id="company-requisites">{t('companies.requisites')}</h2>
          <Requisites c={c} />
        </section>
        <section className="card" aria-labelledby="company-contacts">
          <h2 id="company-contacts">{t('companies.contacts')}</h2>
          {c.contacts.length === 0 && <p className="muted">{t('companies.noContacts')}</p>}
          <ul className="plain-list">
            {c.contacts.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.role && <span className="muted"> · {p.role}</span>}
                <div className="row">
                  {p.phone && <a href={`tel:${p.phoneE164 ?? p.phone}`}>{p.phone}</a>}
                  {p.email && <a href={`mailto:${p.email}`}>{p.email}</a>}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="company-related">
          <h2 id="company-related">{t('companies.related')}</h2>
          {related.data && related.data.related.length === 0 && <p className="muted">{t('companies.noRelated')}</p>}
          <ul className="plain-list">
            {related.data?.related.map((r) => (
              <li key={r.company.id}>
                <Link to={`/company/${encodeURIComponent(r.company.id)}`}>{r.company.name}</Link>{' '}
                <span className="muted">{r.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <h2 id={dealsId}>{t('companies.deals')}</h2>
      {deals.data && (
        <DataTable
          labelledBy={dealsId}
          empty={deals.data.length === 0 && t('companies.noDeals')}
          columns={[
            t('companies.col.deal'),
            t('companies.col.stage'),
            t('companies.col.dealStatus'),
            t('companies.col.owner'),
          ]}
        >
          {deals.data.map((d) => (
            <tr key={d.id}>
              <td>
                <Link to={`/deal/${encodeURIComponent(d.id)}`}>{d.client.name}</Link>{' '}
                <small className="muted">{dateTime(d.createdAt)}</small>
              </td>
              <td>
                <StageTitle d={d} />
              </td>
              <td>{t(statuses[d.status])}</td>
              <td>{d.owner}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="company-activity">
        <h2 id="company-activity">{t('companies.activity')}</h2>
        {activity.data && activity.data.length === 0 && <p className="muted">{t('companies.noActivity')}</p>}
        <ul className="plain-list card activity">
          {activity.data?.map((a) => (
            <li key={`${a.kind}-${a.id}`}>
              <strong>{t(a.kind === 'call' ? 'companies.kind.call' : 'companies.kind.message')}</strong> · {a.title}
              {a.status && <span className="badge">{a.status}</span>}{' '}
              <small className="muted">
                <time dateTime={a.at}>{dateTime(a.at)}</time> ·{' '}
                <Link to={`/deal/${encodeURIComponent(a.dealId)}`}>{t('companies.openDeal')}</Link>
              </small>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Requisites({ c }: { c: CompanyCard }) {
  const { t, dateTime } = useI18n();
  const rows: Array<[string, ReactNode]> = [
    [t('companies.inn'), c.inn],
    [t('companies.region'), c.region],
    [t('companies.industry'), c.industry],
    [t('companies.phone'), c.phone ? <a href={`tel:${c.phoneE164 ?? c.phone}`}>{c.phone}</a> : null],
    [t('companies.manager'), c.manager],
    [t('companies.holding'), c.holding?.name],
    [t('companies.clientSince'), c.becameClientAt ? dateTime(c.becameClientAt) : null],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v ?? t('companies.none')}</dd>
        </div>
      ))}
    </dl>
  );
}
