/**
 * `reglament password <login>`: a one-time link that sets a person's
 * password, through the running API (`POST /managers/{id}/invitation`), so
 * the first admin of a fresh install needs no curl. The login is a user id
 * or an e-mail.
 *
 * @module
 */
import type { ReglamentClient } from '../client/index.js';
import { answer } from './remote.js';

export interface PasswordLink {
  userId: string;
  url: string;
  expiresAt: string;
}

/** The invitation link for the person a login names (their id, or their e-mail). */
export async function passwordLink(api: ReglamentClient, login: string): Promise<PasswordLink> {
  let userId = login;
  if (login.includes('@')) {
    const people = answer(await api.GET('/managers')).managers;
    const person = people.find((m) => m.email?.toLowerCase() === login.toLowerCase());
    if (!person) throw new Error(`nobody has the e-mail ${login}`);
    userId = person.id;
  }
  const invitation = answer(await api.POST('/managers/{id}/invitation', { params: { path: { id: userId } } }));
  return { userId: invitation.userId, url: invitation.url, expiresAt: invitation.expiresAt };
}
