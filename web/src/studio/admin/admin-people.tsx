/** People: the list; add and edit (role, department, region, skills, time zone); invite; deactivate. */
import { useState, type FormEvent } from 'react';
import { useDeactivate, useInvite, usePeople, useRefreshPeople, useSavePerson, type Person } from './queries.js';
import { useMe } from '../../auth/queries.js';
import { useStudioI18n, type StudioKey } from '../i18n.js';
import { DataTable, ErrorAlert } from '../../ui/table.js';

type Invitation = ReturnType<typeof useInvite>['data'] & object;
const ROLES = ['manager', 'head', 'director', 'admin'] as const;

export function PeopleAdmin() {
  const { t, dateTime } = useStudioI18n();
  const people = usePeople();
  const me = useMe();
  const [editing, setEditing] = useState<Person | 'new' | undefined>();
  const [invitation, setInvitation] = useState<Invitation & { name: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [note, setNote] = useState<string>();
  const refresh = useRefreshPeople();
  const invite = useInvite();
  const deactivate = useDeactivate();
  const error = invite.error ?? deactivate.error ?? people.error;

  return (
    <section aria-labelledby="people-title">
      <div className="section-head">
        <h2 id="people-title">{t('admin.people')}</h2>
        <button type="button" onClick={() => setEditing('new')}>
          {t('admin.add')}
        </button>
      </div>
      {editing && (
        <PersonForm
          person={editing === 'new' ? undefined : editing}
          close={(saved) => {
            setEditing(undefined);
            if (saved) {
              setNote(t('admin.saved', { name: saved.name }));
              void refresh();
            }
          }}
        />
      )}
      <div role="status">{note && <p>{note}</p>}</div>
      {invitation && (
        <div className="secret">
          <p id="invitation-label">
            {t('admin.invitation', { name: invitation.name, until: dateTime(invitation.expiresAt) })}
          </p>
          <input
            readOnly
            value={invitation.url}
            aria-labelledby="invitation-label"
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => void navigator.clipboard?.writeText(invitation.url)}
          >
            {t('admin.copy')}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
      <DataTable
        labelledBy="people-title"
        columns={[
          t('admin.name'),
          t('admin.id'),
          t('admin.role'),
          t('admin.department'),
          t('admin.region'),
          t('admin.skillsShort'),
          t('admin.timezone'),
          t('admin.status'),
          t('admin.actions'),
        ]}
      >
        {(people.data ?? []).map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{p.id}</td>
            <td>{t(`admin.role.${p.role}` as StudioKey)}</td>
            <td>{p.department ?? '—'}</td>
            <td>{p.region ?? '—'}</td>
            <td>{p.skills.join(', ') || '—'}</td>
            <td>{p.timezone}</td>
            <td>{p.active ? t('admin.active') : <span className="badge danger">{t('admin.inactive')}</span>}</td>
            <td>
              <div className="actions-cell">
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('admin.editOf', { name: p.name })}
                  onClick={() => setEditing(p)}
                >
                  {t('admin.edit')}
                </button>
                {p.active && (
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('admin.inviteOf', { name: p.name })}
                    disabled={invite.isPending}
                    onClick={() => invite.mutate(p, { onSuccess: (inv) => setInvitation(inv) })}
                  >
                    {t('admin.invite')}
                  </button>
                )}
                {p.active &&
                  p.id !== me.data?.id &&
                  (confirming === p.id ? (
                    <button
                      type="button"
                      className="danger confirm small"
                      disabled={deactivate.isPending}
                      onClick={() =>
                        deactivate.mutate(p, {
                          onSuccess: (job) => {
                            setConfirming(undefined);
                            setNote(t('admin.deactivated', { name: p.name, job: job.jobId }));
                            void refresh();
                          },
                        })
                      }
                    >
                      {t('admin.confirmDeactivate', { name: p.name })}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="danger small"
                      aria-label={t('admin.deactivateOf', { name: p.name })}
                      onClick={() => setConfirming(p.id)}
                    >
                      {t('admin.deactivate')}
                    </button>
                  ))}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function PersonForm({ person, close }: { person?: Person; close(saved?: Person): void }) {
  const { t } = useStudioI18n();
  const [id, setId] = useState(person?.id ?? '');
  const [v, setV] = useState({
    name: person?.name ?? '',
    role: person?.role ?? ('manager' as Person['role']),
    department: person?.department ?? '',
    office: person?.office ?? '',
    region: person?.region ?? '',
    timezone: person?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    skills: person?.skills.join(', ') ?? '',
    email: person?.email ?? '',
  });
  const save = useSavePerson();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id,
        body: {
          name: v.name,
          role: v.role,
          department: v.department || null,
          office: v.office || null,
          region: v.region || null,
          timezone: v.timezone,
          skills: v.skills
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          email: v.email || null,
          ...(person ? { active: person.active } : {}),
        },
      },
      { onSuccess: (saved) => close(saved) },
    );
  };
  const field = (name: keyof typeof v, label: StudioKey, type = 'text') => (
    <div>
      <label htmlFor={`p-${name}`}>{t(label)}</label>
      <input
        id={`p-${name}`}
        type={type}
        value={v[name]}
        required={name === 'name' || name === 'timezone'}
        onChange={(e) => setV({ ...v, [name]: e.target.value })}
      />
    </div>
  );
  const title = person ? t('admin.editOf', { name: person.name }) : t('admin.add');
  return (
    <form className="card form-grid" aria-label={title} onSubmit={submit}>
      <div>
        <label htmlFor="p-id">{t('admin.id')}</label>
        <input
          id="p-id"
          value={id}
          required
          readOnly={!!person}
          pattern="[A-Za-z0-9._@-]+"
          onChange={(e) => setId(e.target.value)}
        />
      </div>
      {field('name', 'admin.name')}
      <div>
        <label htmlFor="p-role">{t('admin.role')}</label>
        <select id="p-role" value={v.role} onChange={(e) => setV({ ...v, role: e.target.value as Person['role'] })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`admin.role.${r}` as StudioKey)}
            </option>
          ))}
        </select>
      </div>
      {field('department', 'admin.department')}
      {field('office', 'admin.office')}
      {field('region', 'admin.region')}
      {field('skills', 'admin.skills')}
      {field('timezone', 'admin.timezone')}
      {field('email', 'admin.email', 'email')}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('admin.save')}
        </button>
        <button type="button" className="secondary" onClick={() => close()}>
          {t('admin.cancel')}
        </button>
      </div>
      <ErrorAlert error={save.error} />
    </form>
  );
}
