import { describe, expect, it } from 'vitest';
import { innOf, innProblem, normaliseCompanyName } from '../../domain/company.js';
import { companyFactProviders, NO_HOLDING, type CompanyFacts } from '../../rules/company-facts.js';
import { defaultRegistry, provideCompanyFacts } from '../../rules/registry.js';

describe('the INN checksum', () => {
  it('should accept organisations’ 10-digit INNs whose control digit matches', () => {
    for (const inn of ['7707083893', '7736207543', '7830002293', '7701000001'])
      expect(innProblem(inn), inn).toBe(undefined);
  });

  it('should accept individuals’ 12-digit INNs whose two control digits match', () => {
    for (const inn of ['500100732259', '773400211252', '772756377869']) expect(innProblem(inn), inn).toBe(undefined);
  });

  it('should refuse a 10-digit INN whose control digit is wrong', () => {
    for (const inn of ['7707083894', '2200000002', '7736207540']) {
      expect(innProblem(inn), inn).toMatch(/control digit does not match/);
    }
  });

  it('should refuse a 12-digit INN when either control digit is wrong', () => {
    expect(innProblem('500100732258')).toMatch(/control digits do not match/); // the 12th
    expect(innProblem('500100732269')).toMatch(/control digits do not match/); // the 11th
    expect(innProblem('366316608981')).toMatch(/control digits do not match/);
  });

  it('should refuse what is not 10 or 12 digits, and all zeros', () => {
    for (const inn of ['123', '77070838931', '7707-083893', 'ИНН7707083', '']) {
      expect(innProblem(inn), inn).toMatch(/10 digits .* or 12 digits/);
    }
    expect(innProblem('0000000000')).toMatch(/all zeros/);
  });

  it('should read an INN sent as a number or with spaces around, and no INN as none', () => {
    expect(innOf(7707083893)).toBe('7707083893');
    expect(innOf(' 7707083893 ')).toBe('7707083893');
    expect(innOf(null)).toBe(undefined);
    expect(innOf('')).toBe(undefined);
  });
});

describe('company name normalisation', () => {
  it('should drop legal forms, quotes, punctuation and extra spaces, in lower case', () => {
    const same = [
      'ООО «Ромашка»',
      'Ромашка, ООО',
      '  ромашка  ',
      'ООО "Ромашка"',
      'Общество с ограниченной ответственностью Ромашка',
    ];
    for (const name of same) expect(normaliseCompanyName(name), name).toBe('ромашка');
  });

  it('should know the Russian and English legal forms', () => {
    expect(normaliseCompanyName('ЗАО “Вектор Плюс”')).toBe('вектор плюс');
    expect(normaliseCompanyName('ПАО Сбербанк')).toBe('сбербанк');
    expect(normaliseCompanyName('ОАО РЖД')).toBe('ржд');
    expect(normaliseCompanyName('ИП Иванов  Иван')).toBe('иванов иван');
    expect(normaliseCompanyName('Acme Ltd.')).toBe('acme');
    expect(normaliseCompanyName('Acme, LLC')).toBe('acme');
  });

  it('should keep what makes names differ: words inside a name, hyphens, ё as е', () => {
    expect(normaliseCompanyName('ЗАО "Ёлка-Палка"')).toBe('елка-палка');
    expect(normaliseCompanyName('Оооблако')).toBe('оооблако');
    expect(normaliseCompanyName('Ромашка Север')).not.toBe(normaliseCompanyName('Ромашка'));
  });

  it('should keep a name that is nothing but a legal form', () => {
    expect(normaliseCompanyName('ООО')).toBe('ооо');
  });
});

describe('the company and holding rule facts', () => {
  it('should be known to every registry, so rules may name them', () => {
    const registry = defaultRegistry();
    for (const kind of ['assignment', 'reminders', 'escalation', 'templates'] as const) {
      expect(registry.factsFor(kind)).toEqual(expect.arrayContaining(['company', 'holding']));
    }
  });

  it('should read both facts of one decision with one lookup, by the client’s company', async () => {
    const refs: unknown[] = [];
    const facts: CompanyFacts = {
      company: {
        id: 'c1',
        status: 'lead',
        industry: 'construction',
        region: 'spb',
        inn: null,
        manager: 'anna',
        competitor: false,
      },
      holding: { id: 'h1', name: 'Group', relatedCount: 2, hasCompetitor: true },
    };
    const registry = provideCompanyFacts(defaultRegistry(), async (ref) => {
      refs.push(ref);
      return facts;
    });
    const provided = await registry.provideFacts('assignment', { deal: { id: 'd1' }, client: { companyId: 'c1' } });
    expect(provided).toEqual({ company: facts.company, holding: facts.holding });
    expect(refs).toEqual([{ companyId: 'c1', dealId: 'd1' }]);
  });

  it('should give no company and no holding when the lookup finds none', async () => {
    const providers = companyFactProviders(async () => ({ company: null, holding: NO_HOLDING }));
    expect(await providers.company({ client: {} })).toBe(null);
    expect(await providers.holding({ client: {} })).toEqual({
      id: null,
      name: null,
      relatedCount: 0,
      hasCompetitor: false,
    });
  });
});
