/**
 * The companies search (/company-list): by name, INN, a contact's phone or
 * e-mail, the query in the URL. A manager finds only the companies of their
 * deals (the API rules).
 *
 * @module
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/index.js';
import { Link } from '../ui/link.js';
import { DataTable, ErrorAlert } from '../ui/table.js';
import { useCompanies } from './queries.js';
import './companies.css';

export default function CompaniesPage() {
  const { t } = useI18n();
  const search: { q?: string } = useSearch({ strict: false });
  const go = useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const companies = useCompanies(search.q ?? '');
  const headingId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void go({ to: '/company-list', search: q.trim() ? { q: q.trim() } : {}, replace: true });
  };
  return (
    <>
      <h1 id={headingId}>{t('companies.title')}</h1>
      <form role="search" className="row search-form" onSubmit={submit}>
        <label htmlFor="companies-q">{t('companies.search')}</label>
        <input
          id="companies-q"
          type="search"
          value={q}
          placeholder={t('companies.searchHint')}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit">{t('companies.find')}</button>
      </form>
      <ErrorAlert error={companies.error} />
      {companies.data && (
        <DataTable
          labelledBy={headingId}
          empty={companies.data.length === 0 && t('companies.empty')}
          columns={[
            t('companies.col.name'),
            t('companies.col.inn'),
            t('companies.col.status'),
            t('companies.col.phone'),
          ]}
        >
          {companies.data.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/company/${encodeURIComponent(c.id)}`}>{c.name}</Link>
              </td>
              <td>{c.inn ?? t('companies.none')}</td>
              <td>{t(`companies.status.${c.status}`)}</td>
              <td>{c.phoneE164 ? <a href={`tel:${c.phoneE164}`}>{c.phone ?? c.phoneE164}</a> : t('companies.none')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
