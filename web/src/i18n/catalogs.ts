/**
 * The workspace's catalogs, one per feature and language, merged into the
 * default namespace (each feature prefixes its keys, so they never collide:
 * test/unit/web-i18n.test.ts checks that and that every key is in every
 * language). A new feature adds its two files here.
 *
 * @module
 */
import companiesEn from '../companies/locales/en.json';
import companiesRu from '../companies/locales/ru.json';
import calendarEn from '../calendar/locales/en.json';
import calendarRu from '../calendar/locales/ru.json';
import authEn from '../auth/locales/en.json';
import authRu from '../auth/locales/ru.json';
import dealEn from '../deal/locales/en.json';
import dealRu from '../deal/locales/ru.json';
import dealsEn from '../deals/locales/en.json';
import dealsRu from '../deals/locales/ru.json';
import inboxEn from '../inbox/locales/en.json';
import inboxRu from '../inbox/locales/ru.json';
import bellEn from '../notifications/locales/en.json';
import bellRu from '../notifications/locales/ru.json';
import pipelineEn from '../pipeline/locales/en.json';
import pipelineRu from '../pipeline/locales/ru.json';
import shellEn from '../shell/locales/en.json';
import shellRu from '../shell/locales/ru.json';
import teamEn from '../team/locales/en.json';
import teamRu from '../team/locales/ru.json';

export type Catalog = Record<string, string>;

export const WORKSPACE_CATALOGS = {
  ru: {
    ...shellRu,
    ...authRu,
    ...inboxRu,
    ...dealRu,
    ...teamRu,
    ...pipelineRu,
    ...bellRu,
    ...dealsRu,
    ...companiesRu,
    ...calendarRu,
  },
  en: {
    ...shellEn,
    ...authEn,
    ...inboxEn,
    ...dealEn,
    ...teamEn,
    ...pipelineEn,
    ...bellEn,
    ...dealsEn,
    ...companiesEn,
    ...calendarEn,
  },
};
