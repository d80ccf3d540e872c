/**
 * Companies and their cards: the search (`GET /companies?q=`: name, INN, a
 * contact's e-mail or phone), a company's card with its contacts and holding,
 * its deals open and closed, its related companies, and its messages and
 * calls. A manager sees only the companies of their deals: the API rules
 * (another's company is a 404).
 *
 * @module
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '../../../client/index.js';
import { api, unwrap } from '../api.js';

export type Company = components['schemas']['Company'];
export type CompanyCard = components['schemas']['CompanyCard'];
export type Activity = components['schemas']['ClientActivity'];

export const useCompanies = (q: string) =>
  useQuery({
    queryKey: ['companies', 'list', q],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/companies', { params: { query: { limit: '100', ...(q ? { q } : {}) } } })).companies,
  });

export const useCompany = (id: string) =>
  useQuery({
    queryKey: ['companies', id],
    retry: false,
    queryFn: async () => unwrap(await api.GET('/companies/{id}', { params: { path: { id } } })),
  });

export const useCompanyDeals = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['companies', id, 'deals'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/companies/{id}/deals', { params: { path: { id } } })).deals,
  });

export const useCompanyActivity = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['companies', id, 'activity'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/companies/{id}/activity', { params: { path: { id } } })).activity,
  });

export const useRelated = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['companies', id, 'related'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/companies/{id}/related', { params: { path: { id } } })),
  });
