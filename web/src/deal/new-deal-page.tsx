/**
 * Start a deal: the client (found in the company base as one types, or new),
 * the regulation, and the owner: a manager starts deals for themselves, a
 * head for their department's people, a director for anyone; either of the
 * latter may leave it to the regulation's rules.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Refusal } from '../ui/refusal.js';
import { useI18n } from '../i18n/index.js';
import { useMe } from '../auth/queries.js';
import { useCompanySearch, useRegulations, useStartDeal, type Company, type StartDeal } from './queries.js';
import { useManagers } from '../team/queries.js';
import { navigate } from '../ui/navigate.js';

/** What is typed, a moment after the typing stops (one request per pause, not per key). */
function useDebounced(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function CompanyLookup({
  name,
  setName,
  chosen,
  choose,
}: {
  name: string;
  setName(name: string): void;
  chosen: Company | undefined;
  choose(company: Company | undefined): void;
}) {
  const { t } = useI18n();
  const query = useDebounced(name);
  const found = useCompanySearch(chosen ? '' : query);
  const shown = !chosen && query.trim().length >= 2 && found.data !== undefined;
  return (
    <div className="field">
      <label htmlFor="client-name">
        {t('newDeal.clientName')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <input
        id="client-name"
        required
        autoComplete="off"
        aria-describedby="client-hint"
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          if (chosen) choose(undefined);
        }}
      />
      <p id="client-hint" className="muted hint">
        {t('newDeal.companyHint')}
      </p>
      {chosen && (
        <p className="chip">
          <span>{t('newDeal.chosen', { name: chosen.name })}</span>
          <button
            type="button"
            className="secondary small"
            aria-label={t('newDeal.unchoose')}
            onClick={() => choose(undefined)}
          >
            ×
          </button>
        </p>
      )}
      {shown && (
        <div className="suggestions">
          <h3 id="companies-found" className="visually-hidden">
            {t('newDeal.companies')}
          </h3>
          {found.data!.length === 0 ? (
            <p className="muted">{t('newDeal.noCompanies')}</p>
          ) : (
            <ul className="list" aria-labelledby="companies-found">
              {found.data!.map((c) => (
                <li key={c.id}>
                  <button type="button" className="suggestion" onClick={() => choose(c)}>
                    <strong>{c.name}</strong>
                    <span className="muted">
                      {[c.inn ? `${t('newDeal.inn')} ${c.inn}` : '', c.region ?? '', c.industry ?? '']
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

export function NewDealPage() {
  const { t } = useI18n();
  const me = useMe();
  const regulations = useRegulations();
  const role = me.data?.role;
  const people = useManagers(role !== undefined && role !== 'manager');
  const start = useStartDeal();
  const [name, setName] = useState('');
  const [company, setCompany] = useState<Company | undefined>();
  const [inn, setInn] = useState('');
  const [contact, setContact] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [regulation, setRegulation] = useState('');
  const [owner, setOwner] = useState('');
  if (!me.data) return <p>{t('common.loading')}</p>;
  const self = me.data;
  const regulationId = regulation || regulations.data?.[0]?.id || '';
  // A head names their department's people; a director or admin anyone active.
  const owners = (people.data ?? []).filter(
    (p) =>
      p.active &&
      p.id !== self.id &&
      (p.role === 'manager' || p.role === 'head') &&
      (self.role !== 'head' || p.department === self.department),
  );

  const choose = (c: Company | undefined) => {
    setCompany(c);
    if (c) {
      setName(c.name);
      setInn(c.inn ?? '');
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = (v: string) => (v.trim() ? v.trim() : undefined);
    const client: StartDeal['client'] = {
      name: name.trim(),
      ...(text(inn) ? { inn: text(inn)! } : {}),
      ...(text(contact) ? { contact: text(contact)! } : {}),
      ...(text(email) ? { email: text(email)! } : {}),
      ...(text(phone) ? { phone: text(phone)! } : {}),
      // The company's industry and region are what the assignment rules read.
      ...(company?.industry ? { industry: company.industry } : {}),
      ...(company?.region ? { region: company.region } : {}),
    };
    const chosenOwner = self.role === 'manager' ? self.id : owner;
    start.mutate(
      { regulationId, client, ...(chosenOwner ? { owner: chosenOwner } : {}) },
      { onSuccess: (deal) => navigate(`/deal/${encodeURIComponent(deal.id)}`) },
    );
  };

  return (
    <section aria-labelledby="new-deal-title">
      <h1 id="new-deal-title">{t('newDeal.title')}</h1>
      <form className="card form-wide" onSubmit={submit}>
        <fieldset>
          <legend>{t('newDeal.client')}</legend>
          <CompanyLookup name={name} setName={setName} chosen={company} choose={choose} />
          <div className="fields-grid">
            <div className="field">
              <label htmlFor="client-inn">{t('newDeal.inn')}</label>
              <input
                id="client-inn"
                inputMode="numeric"
                autoComplete="off"
                value={inn}
                onChange={(e) => setInn(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="client-contact">{t('newDeal.contact')}</label>
              <input id="client-contact" value={contact} onChange={(e) => setContact(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="client-email">{t('newDeal.email')}</label>
              <input id="client-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="client-phone">{t('newDeal.phone')}</label>
              <input id="client-phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
            </div>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="regulation">{t('newDeal.regulation')}</label>
          <select id="regulation" required value={regulationId} onChange={(e) => setRegulation(e.target.value)}>
            {(regulations.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          {self.role === 'manager' ? (
            <>
              <span className="label">{t('newDeal.owner')}</span>
              <p className="muted">{t('newDeal.ownerSelf')}</p>
            </>
          ) : (
            <>
              <label htmlFor="owner">{t('newDeal.owner')}</label>
              <select id="owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value="">{t('newDeal.byRules')}</option>
                <option value={self.id}>{t('newDeal.me', { name: self.name })}</option>
                {owners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        <button type="submit" disabled={start.isPending || !regulationId || !name.trim()}>
          {t('newDeal.submit')}
        </button>
        {start.error && <Refusal error={start.error} title="newDeal.refused" />}
      </form>
    </section>
  );
}
