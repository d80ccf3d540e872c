/**
 * Every text of the page by key, in Russian (the default) and English; dates
 * and numbers in the person's locale and time zone.
 */
import { createContext, useContext } from 'react';

const ru = {
  'app.name': 'Регламент',
  'nav.inbox': 'Входящие',
  'nav.board': 'Доска руководителя',
  'nav.main': 'Основная навигация',
  'nav.signOut': 'Выйти',
  'nav.language': 'Язык',
  'signIn.title': 'Вход',
  'signIn.login': 'Логин или e-mail',
  'signIn.password': 'Пароль',
  'signIn.submit': 'Войти',
  'signIn.failed': 'Неверный логин или пароль',
  'accept.title': 'Задайте пароль',
  'accept.submit': 'Сохранить пароль',
  'accept.done': 'Пароль сохранён. Теперь войдите.',
  'inbox.title': 'Мои задачи',
  'inbox.filters': 'Фильтры',
  'inbox.all': 'Все',
  'inbox.today': 'Сегодня',
  'inbox.week': 'Эта неделя',
  'inbox.kind': 'Вид',
  'inbox.anyKind': 'Любой',
  'inbox.counts': 'Открыто: {open}, просрочено: {overdue}',
  'inbox.empty': 'Задач нет',
  'inbox.overdue': 'просрочена',
  'inbox.due': 'срок {due}',
  'inbox.noDue': 'без срока',
  'inbox.deal': 'Сделка {id}',
  'notify.task': 'Новая задача',
  'notify.reminder': 'Напоминание',
  'notify.escalation': 'Эскалация',
  'notify.other': 'Уведомление',
  'notify.close': 'Закрыть уведомление',
  'deal.title': 'Сделка: {client}',
  'deal.path': 'Этапы регламента',
  'deal.current': 'текущий этап',
  'deal.tasks': 'Задачи',
  'deal.fields': 'Поля сделки',
  'deal.required': 'обязательное',
  'deal.outcome': 'Результат',
  'deal.outcomeFor': 'Результат задачи «{title}»',
  'deal.complete': 'Выполнить',
  'deal.completeTask': 'Выполнить задачу «{title}»',
  'deal.moves': 'Переходы',
  'deal.noMoves': 'Переходов нет',
  'deal.refused': 'Переход отклонён',
  'deal.timeline': 'История',
  'deal.decisions': 'Решения',
  'deal.noDecisions': 'Правила ещё ничего не решали',
  'deal.owner': 'Ответственный: {owner}',
  'deal.status.active': 'в работе',
  'deal.status.won': 'выиграна',
  'deal.status.lost': 'проиграна',
  'board.title': 'Нагрузка команды',
  'board.person': 'Сотрудник',
  'board.open': 'Открытых задач',
  'board.overdue': 'Просрочено',
  'board.deals': 'Сделки команды',
  'board.reassign': 'Передать сделку {id}',
  'board.reassignShort': 'Передать',
  'board.reassigned': 'Сделка {id} передана: {owner}',
  'common.loading': 'Загрузка…',
  'common.error': 'Ошибка: {message}',
  'common.yes': 'да',
  'common.no': 'нет',
} as const;

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = {
  'app.name': 'Reglament',
  'nav.inbox': 'Inbox',
  'nav.board': "Head's board",
  'nav.main': 'Main navigation',
  'nav.signOut': 'Sign out',
  'nav.language': 'Language',
  'signIn.title': 'Sign in',
  'signIn.login': 'Login or e-mail',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Wrong login or password',
  'accept.title': 'Set your password',
  'accept.submit': 'Save the password',
  'accept.done': 'The password is saved. Now sign in.',
  'inbox.title': 'My tasks',
  'inbox.filters': 'Filters',
  'inbox.all': 'All',
  'inbox.today': 'Today',
  'inbox.week': 'This week',
  'inbox.kind': 'Kind',
  'inbox.anyKind': 'Any',
  'inbox.counts': 'Open: {open}, overdue: {overdue}',
  'inbox.empty': 'No tasks',
  'inbox.overdue': 'overdue',
  'inbox.due': 'due {due}',
  'inbox.noDue': 'no due time',
  'inbox.deal': 'Deal {id}',
  'notify.task': 'New task',
  'notify.reminder': 'Reminder',
  'notify.escalation': 'Escalation',
  'notify.other': 'Notification',
  'notify.close': 'Close the notification',
  'deal.title': 'Deal: {client}',
  'deal.path': 'Stages of the regulation',
  'deal.current': 'current stage',
  'deal.tasks': 'Tasks',
  'deal.fields': 'Deal fields',
  'deal.required': 'required',
  'deal.outcome': 'Outcome',
  'deal.outcomeFor': 'Outcome of “{title}”',
  'deal.complete': 'Complete',
  'deal.completeTask': 'Complete “{title}”',
  'deal.moves': 'Moves',
  'deal.noMoves': 'No moves',
  'deal.refused': 'The move was refused',
  'deal.timeline': 'Timeline',
  'deal.decisions': 'Decisions',
  'deal.noDecisions': 'The rules have decided nothing yet',
  'deal.owner': 'Owner: {owner}',
  'deal.status.active': 'active',
  'deal.status.won': 'won',
  'deal.status.lost': 'lost',
  'board.title': 'Team load',
  'board.person': 'Person',
  'board.open': 'Open tasks',
  'board.overdue': 'Overdue',
  'board.deals': "The team's deals",
  'board.reassign': 'Reassign deal {id}',
  'board.reassignShort': 'Reassign',
  'board.reassigned': 'Deal {id} reassigned: {owner}',
  'common.loading': 'Loading…',
  'common.error': 'Error: {message}',
  'common.yes': 'yes',
  'common.no': 'no',
};

export type Locale = 'ru' | 'en';
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { ru, en };

export interface I18n {
  locale: Locale;
  timeZone: string;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  dateTime(iso: string): string;
  number(n: number): string;
}

export function makeI18n(locale: Locale, timeZone: string): I18n {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    timeZone,
    t: (key, values = {}) =>
      MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
        typeof values[name] === 'number' ? numbers.format(values[name]) : String(values[name] ?? ''),
      ),
    dateTime: (iso) => dates.format(new Date(iso)),
    number: (n) => numbers.format(n),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('ru', 'Europe/Moscow'));
export const useI18n = () => useContext(I18nContext);
